# A typed error with a destructor is destroyed like any value: after its last use in the handler,
# at once when nothing binds it, when converted to an Error, and on `continue`.
struct E(Copyable, Writable):
    var code: Int

    def __init__(out self, code: Int):
        self.code = code

    def __deinit__(deinit self):
        print("del E", self.code)


def f(x: Int) raises E -> Int:
    if x < 0:
        raise E(x)
    return x


def h(x: Int) raises E -> Int:
    try:
        return f(x)
    finally:
        print("finally")


def main():
    try:
        _ = f(-2)
    except:
        print("ignored")
    try:
        _ = h(-3)
    except e:
        print("caught", e.code)
    for i in range(2):
        try:
            _ = f(-10 - i)
        except e:
            if e.code == -10:
                continue
            print("loop", e.code)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: del E -2
# CHECK: ignored
# CHECK: finally
# CHECK: caught -3
# CHECK: del E -3
# CHECK: del E -10
# CHECK: loop -11
# CHECK: del E -11
# CHECK: end
