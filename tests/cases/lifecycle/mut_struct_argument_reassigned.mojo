struct R(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def reset(mut r: R):
    r = R("new")
    print("reset done")

def main():
    var r = R("old")
    reset(r)
    print("back", r.name)
    # CHECK: init old
    # CHECK: del old
    # CHECK: init new
    # CHECK: reset done
    # CHECK: back new
    # CHECK: del new
