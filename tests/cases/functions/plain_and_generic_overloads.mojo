# A plain overload and a generic one of the same name: each call takes the one its arguments fit
# (functions and methods alike).
def kind(x: Int) -> String:
    return "int"

def kind[T: Writable](x: Optional[T]) -> String:
    return "optional"

def main_functions():
    print(kind(1), kind(Optional[Int](1)))

struct Logger:
    var lines: List[String]
    def __init__(out self):
        self.lines = List[String]()
    def log(mut self, msg: String):
        self.lines.append(msg)
    def log[T: Writable](mut self, label: String, v: T):
        self.lines.append(label + "=" + String(v))

def main():
    main_functions()
    var l = Logger()
    l.log("hi")
    l.log("pi", 3.14)
    print(l.lines)

# The expected output, checked against Mojo 1.2:
# CHECK: int optional
# CHECK: [hi, pi=3.14]
