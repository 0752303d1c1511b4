# A compile-time collection (`comptime T: Array[Int, 6] = [...]`) becomes a run-time value with
# `materialize[T]()`, a new one each time.
comptime SQUARES: Array[Int, 6] = [0, 1, 4, 9, 16, 25]
comptime NAMES: List[String] = ["ann", "bob"]


def main():
    var sq = materialize[SQUARES]()
    print(sq[4], len(sq))
    var names = materialize[NAMES]()
    names.append("cy")
    print(len(names), len(materialize[NAMES]()))

# The expected output, checked against Mojo 1.2:
# CHECK: 16 6
# CHECK: 3 2
