# A float multiply whose only use is an add or subtract is fused (one rounding), as Mojo 1.2's
# LLVM does: in one expression, through `+=`, and through a variable. When every input is known
# at compile time, Mojo folds the operations one by one, so nothing is fused.
@no_inline
def muladd(a: Float64, b: Float64, c: Float64) -> Float64:
    return a * b + c

@no_inline
def mul_then_add(a: Float64, b: Float64, c: Float64) -> Float64:
    var t = a * b
    return t + c

@no_inline
def accum(a: Float64, b: Float64, c: Float64) -> Float64:
    var acc = c
    acc += a * b
    return acc

@no_inline
def sub_product(a: Float64, b: Float64, c: Float64) -> Float64:
    return c - a * b

# `g * dt` of two known values folds to a constant, so `v += g * dt` is a plain add; `v * dt`
# (`v` changes) fuses with `x +=`.
@no_inline
def fall(v0: Float64, x0: Float64) -> Float64:
    var dt = 0.1
    var g = -9.81
    var v = v0
    var x = x0
    for _ in range(7):
        v += g * dt
        x += v * dt
    return x

def main():
    print(muladd(0.1, 10.0, -1.0), mul_then_add(0.1, 10.0, -1.0), accum(0.1, 10.0, -1.0))
    print(sub_product(0.1, 10.0, 1.0))
    var a = 0.1
    var b = 10.0
    var c = -1.0
    print(a * b + c)
    var acc = -1.0
    acc += a * b
    print(acc)
    print(fall(1.0, 3.3))

# The expected output, checked against Mojo 1.2:
# CHECK: 5.551115123125783e-17 5.551115123125783e-17 5.551115123125783e-17
# CHECK: -5.551115123125783e-17
# CHECK: 0.0
# CHECK: 0.0
# CHECK: 1.2531999999999994
