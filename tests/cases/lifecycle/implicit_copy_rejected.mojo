struct R(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __del__(deinit self):
        print("del", self.name)

def take(var r: R):
    print("take", r.name)

def main():
    var a = R("a")
    take(a)  # error[E0317]: cannot be implicitly copied
    var c = R("c")
    var d = c  # error[E0317]: cannot be implicitly copied
    print(d.name)
