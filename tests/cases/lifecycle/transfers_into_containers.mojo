# Lists transferred into other containers with ^, and taken back out with pop and take.
def main() raises:
    var a: List[Int] = [1, 2]
    var b: List[Int] = [3]
    var outer = List[List[Int]]()
    outer.append(a^)
    outer.append(b^)
    var d = Dict[String, List[Int]]()
    var c = List[Int](length=3, fill=9)
    d["nines"] = c^
    var back = outer.pop(0)
    back.append(100)
    print(back, outer, d)
    var o = Optional(back^)
    print(Bool(o), o.value())
    var got = o.take()
    got.reverse()
    print(got, Bool(o))
    d["got"] = got^
    var nines = d.pop("nines")
    print(nines, d, len(d))
    a = List[Int](length=1, fill=5)
    a.extend(nines^)
    print(a)
    # CHECK: [1, 2, 100] [[3]] {nines: [9, 9, 9]}
    # CHECK: True [1, 2, 100]
    # CHECK: [100, 2, 1] False
    # CHECK: [9, 9, 9] {got: [100, 2, 1]} 1
    # CHECK: [5, 9, 9, 9]
