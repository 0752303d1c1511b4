# A typed error is destroyed after its last use; converted to an Error, it is destroyed then.
struct E(Copyable, Writable):
    var code: Int

    def __init__(out self, code: Int):
        self.code = code

    def __deinit__(deinit self):
        print("del E", self.code)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("E", self.code)


def f(x: Int) raises E -> Int:
    if x < 0:
        raise E(x)
    return x


def g() raises -> Int:
    return f(-7)


def main():
    try:
        print(f(-1))
    except e:
        print("caught", e.code)
    print("next")
    try:
        print(g())
    except e:
        print("caught", e)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: caught -1
# CHECK: del E -1
# CHECK: next
# CHECK: del E -7
# CHECK: caught E-7
# CHECK: end
