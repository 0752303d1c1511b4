# atof/atol, Floatable/Intable structs in Float64()/Int(), min/max of Comparable structs, StringSlice
# arguments, List.swap_elements, Set's constructor, operators and predicates.
from std.collections import Set


@fieldwise_init
struct Frac(Copyable, Movable, ImplicitlyCopyable, Comparable, Writable, Floatable, Intable):
    var n: Int
    var d: Int

    def __eq__(self, o: Self) -> Bool:
        return self.n * o.d == o.n * self.d

    def __lt__(self, o: Self) -> Bool:
        return self.n * o.d < o.n * self.d

    def __float__(self) -> Float64:
        return Float64(self.n) / Float64(self.d)

    def __int__(self) -> Int:
        return self.n // self.d

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.n, "/", self.d)


def is_digit(c: StringSlice) -> Bool:
    return c >= "0" and c <= "9"


def main() raises:
    print(atof("3.25"), atol("42"))
    print(Float64(Frac(3, 4)), Int(Frac(7, 2)))
    print(max(Frac(1, 4), Frac(1, 2)), min(Frac(1, 4), Frac(1, 2)))
    var s = "7x"
    print(is_digit(s[byte=0]), is_digit(s[byte=1]))
    var xs: List[Int] = [1, 2, 3]
    xs.swap_elements(0, 2)
    print(xs)
    var a = Set[Int](1, 2, 3, 4)
    var b: Set[Int] = {3, 4, 5}
    print(len(a | b), len(a & b), len(a - b), len(a ^ b), 2 in a, 5 in a)
    print(a.issubset(b), Set[Int](3).issubset(b), a.isdisjoint(Set[Int](9)), a == Set[Int](4, 3, 2, 1))

# The expected output, checked against Mojo 1.2:
# CHECK: 3.25 42
# CHECK: 0.75 3
# CHECK: 1/2 1/4
# CHECK: True False
# CHECK: [3, 2, 1]
# CHECK: 5 2 2 3 True False
# CHECK: False True True True
