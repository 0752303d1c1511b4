# Variadic arguments: `*xs: Int` gathers the rest into one list; a parameter pack
# `def f[*Ts: Writable](*args: *Ts)` takes arguments of different types, reached as `args[i]`
# with a compile-time index (`comptime for i in range(args.__len__())`).
@fieldwise_init
struct P(Copyable, Writable):
    var x: Int
    var y: Int


def log[*Ts: Writable](*args: *Ts):
    var s = String("[log]")
    comptime for i in range(args.__len__()):
        s += " " + String(args[i])
    print(s, len(args))


def join_all[*Ts: Writable](sep: String, *args: *Ts) -> String:
    var out = String()
    comptime for i in range(args.__len__()):
        if i > 0:
            out += sep
        out += String(args[i])
    return out


def total(*xs: Int) -> Int:
    var t = 0
    for x in xs:
        t += x
    return t


def main():
    log(1, "two", 3.5, True)
    log(P(1, 2))
    log()
    print(join_all("-", 1, P(3, 4), "z"))
    print(total(1, 2, 3), total())

# The expected output, checked against Mojo 1.2:
# CHECK: [log] 1 two 3.5 True 4
# CHECK: [log] P(x=1, y=2) 1
# CHECK: [log] 0
# CHECK: 1-P(x=3, y=4)-z
# CHECK: 6 0
