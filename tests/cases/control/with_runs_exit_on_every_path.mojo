struct Res(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "!"

    def __exit__(self):
        print("exit", self.name)


def fails() raises:
    with Res("b") as r:
        print("body", r)
        raise Error("boom")


def early(n: Int) -> Int:
    with Res("c"):
        if n > 0:
            return n
        print("not early")
    return 0


def main():
    with Res("a") as v:
        print("inside", v)
    # CHECK: enter a
    # CHECK: inside a!
    # CHECK: exit a
    try:
        fails()
    except e:
        print("caught", e)
    # CHECK: enter b
    # CHECK: body b!
    # CHECK: exit b
    # CHECK: caught boom
    print(early(5))
    # CHECK: enter c
    # CHECK: exit c
    # CHECK: 5
