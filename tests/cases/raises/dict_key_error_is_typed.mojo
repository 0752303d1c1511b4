# Dict's missing-key error is a typed DictKeyError[K]: caught with its text, and an Error with that
# text where only an Error can go.
from std.collections import Set
def g(d: Dict[String, Int]) raises -> Int:
    return d["zz"]

def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    try:
        print(d["q"])
    except e:
        print("caught", e)
    try:
        print(g(d))
    except e:
        print("caught2", e)
    try:
        _ = d.pop("x")
    except e:
        print("caught4", e)
    var l: List[Int] = [1]
    try:
        print(l.index(5))
    except e:
        print("caught5", e)

# The expected output, checked against Mojo 1.2:
# CHECK: caught DictKeyError[String]()
# CHECK: caught2 DictKeyError[String]()
# CHECK: caught4 DictKeyError[String]()
# CHECK: caught5 ValueError: Given element is not in list
