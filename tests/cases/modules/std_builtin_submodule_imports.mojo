# Prelude names imported from the `std.builtin` submodules and `std.collections.string`, as Mojo
# 1.2 allows (the imports change nothing).
from std.builtin.sort import sort
from std.builtin.range import range
from std.builtin.len import len, Sized
from std.builtin.error import Error
from std.collections.string import StringSlice, Codepoint


def main():
    var xs: List[Int] = [3, 1, 2]
    sort(xs)
    var s = StringSlice("héllo")
    print(xs, len(xs), len(range(4)), s.byte_length(), Codepoint.ord("é").to_u32())
# CHECK: [1, 2, 3] 3 4 6 233
