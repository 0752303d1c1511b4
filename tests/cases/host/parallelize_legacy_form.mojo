# ARGS: --legacy
# Older Mojo's `parallelize[body](n)` from `std.algorithm`, with an `@parameter` closure.
from std.algorithm import parallelize
from std.memory import alloc


def main():
    var squares = alloc[Int](64)
    @parameter
    def body(i: Int):
        squares[i] = i * i
    parallelize[body](64, 3)
    var total = 0
    for i in range(64):
        total += squares[i]
    print(total)
    squares.free()
# CHECK: 85344
