# `with`: `__enter__`'s result is bound by `as`; `__exit__(self)` runs on a normal exit, and
# `__exit__(self, e: Error) raises -> Bool` on an error, which it suppresses by returning True.
struct Timer:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "!"

    def __exit__(self):
        print("exit", self.name)

    def __exit__(self, e: Error) raises -> Bool:
        print("exit with error", e)
        return self.name != "keep"


@fieldwise_init
struct ParseError(Copyable, Writable):
    var line: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("parse error on line ", self.line)


def parse(s: String) raises ParseError -> Int:
    if s == "bad":
        raise ParseError(3)
    return 1


def main() raises:
    with Timer("a") as t:
        print("inside", t)
    with Timer("b"):
        raise Error("boom")
    print("after")
    try:
        _ = parse("bad")
    except e:
        print(e, e.line)
    var x = 10
    assert x > 5, "x too small"
    print("ok")
    try:
        with Timer("keep"):
            raise Error("kept")
    except e:
        print("caught", e)

# The expected output, checked against Mojo 1.2:
# CHECK: enter a
# CHECK: inside a!
# CHECK: exit a
# CHECK: enter b
# CHECK: exit with error boom
# CHECK: after
# CHECK: parse error on line 3 3
# CHECK: ok
# CHECK: enter keep
# CHECK: exit with error kept
# CHECK: caught kept
