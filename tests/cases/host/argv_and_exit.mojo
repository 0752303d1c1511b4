# EXIT: 3
# PROGRAM-ARGS: hello world
# `std.sys.argv()` is the program's path, then its own arguments; `exit(code)` ends the program
# with that status at once (nothing after it runs); `std.time` reads a monotonic clock.
from std.sys import argv, exit
from std.time import perf_counter_ns, perf_counter, monotonic

def main():
    var args = argv()
    print(len(args), args[1], args[2], args[0].endswith("argv_and_exit.mojo"))
    # CHECK: 3 hello world True
    var t0 = perf_counter_ns()
    var s = 0
    for i in range(1000):
        s += i
    var t1 = perf_counter_ns()
    print(s, t1 >= t0, perf_counter() > 0.0, monotonic() >= t1)
    # CHECK: 499500 True True True
    exit(3)
    print("unreached")
