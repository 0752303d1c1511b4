# `ref t = v[T]` binds a name to the value a Variant holds (the type in brackets is not an index).
from std.utils import Variant

@fieldwise_init
struct Tri(Copyable):
    var a: Float64
    var b: Float64

def area(s: Variant[Int, Tri]) -> Float64:
    ref t = s[Tri]
    return t.a * t.b

def main():
    print(area(Variant[Int, Tri](Tri(3.0, 4.0))))
    # CHECK: 12.0
