# std.utils.Variant: a value of one of several types; isa[T](), v[T] (a reference), set[T](x),
# constructed from any of its types (checked with Mojo 1.2).
from std.utils import Variant

comptime Value = Variant[Int, String, Bool]

def describe(v: Value) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    elif v.isa[String]():
        return "str " + v[String]
    return "bool " + String(v[Bool])

def main():
    var xs = List[Value]()
    xs.append(Value(3))
    xs.append(Value(String("hi")))
    xs.append(Value(True))
    for x in xs:
        print(describe(x))
    var v = Value(5)
    v.set[String]("now")
    print(v.isa[String](), v[String])
    var w = Variant[Int, Float64](2.5)
    print(w.isa[Float64](), w[Float64])
    w = 7
    print(w[Int])
    # CHECK: int 3
    # CHECK: str hi
    # CHECK: bool True
    # CHECK: True now
    # CHECK: True 2.5
    # CHECK: 7
