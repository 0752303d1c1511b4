# `T == Int` of two types is a compile-time Bool, so a generic body can branch on its type
# parameter with `comptime if` (checked with `mojo run` 1.2.0).
def kind[T: AnyType]() -> String:
    comptime if T == Int:
        return "Int"
    elif T == String:
        return "String"
    return "other"


struct Box[T: Copyable & Deinitable]:
    var v: Self.T

    def __init__(out self, var v: Self.T):
        self.v = v^

    def describe(self) -> String:
        comptime if Self.T == Float64:
            return "a float box"
        return "a box"


def main():
    print(kind[Int](), kind[String](), kind[Float32]())
    print(Box(1.5).describe(), Box(3).describe())
    print(Int == Int, Int != Float64)
# CHECK: Int String other
# CHECK: a float box a box
# CHECK: True True
