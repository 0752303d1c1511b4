# A product and the sum that uses it are fused into one multiply-add (rounded once) also when a
# call comes between them, such as reading a list element (`r * x + cs[i]`), as Mojo 1.2's LLVM
# does after inlining.
def horner(cs: List[Float64], x: Float64) -> Float64:
    var r = 0.0
    for i in range(len(cs) - 1, -1, -1):
        r = r * x + cs[i]
    return r

def half(v: Float64) -> Float64:
    return v / 2.0

def main():
    var cs: List[Float64] = [-2.0, 0.0, 1.0]
    var x = 1.0
    for _ in range(20):
        x = x - horner(cs, x) / (2.0 * x)
    print(x)
    var a = 0.1
    var b = 0.7
    print(a * b + half(0.3), horner([0.1, 0.2, 0.3], 0.7))
# CHECK: 1.4142135623730951
# CHECK: 0.21999999999999997 0.38699999999999996
