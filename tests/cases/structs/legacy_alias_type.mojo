# The legacy `alias` spelling of a type alias (older Mojo; Mojo 1.2 only has `comptime`).
alias Real = Float64
alias Pair = Tuple[Int, Int]

def main():
    var r: Real = 2.5
    var p: Pair = (1, 2)
    print(r * 2, p[0] + p[1])
    # CHECK: 5.0 3
