struct R(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __del__(deinit self):
        print("del", self.name)

def main():
    var a = R("a")
    var b = a^
    print(a.name)  # error[E0306]: use of uninitialized value 'a'
