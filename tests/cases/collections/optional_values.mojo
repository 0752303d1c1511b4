def find(xs: List[Int], v: Int) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None

def main():
    var o = find([1, 2, 3], 2)
    if o:
        print("found", o.value())
    # CHECK: found 1
    print(find([1], 5) is None, o is not None, o.or_else(-1), find([1], 5).or_else(-1))
    # CHECK: True True 1 -1
    var od = Optional[Int](None)
    print(od, Optional(3))
    # CHECK: None 3
    var s: Optional[String] = String("hi")
    print(s.value() + "!")
    # CHECK: hi!
