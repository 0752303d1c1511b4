# `o.unsafe_value()` is the value of an Optional known to hold one, read in place.
def main():
    var o = Optional[Int](4)
    print(o.unsafe_value() + 1)
    # CHECK: 5
    var names = Optional[List[String]](List[String]())
    names.unsafe_value().append("x")
    print(len(names.value()))
    # CHECK: 1
