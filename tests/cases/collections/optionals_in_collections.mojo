# Optional values stored in lists and returned from lookups.
def parse_all(words: List[String]) -> List[Optional[Int]]:
    var out = List[Optional[Int]]()
    for w in words:
        try:
            out.append(Int(w))
        except:
            out.append(None)
    return out^

def first_long(words: List[String], n: Int) -> Optional[String]:
    for w in words:
        if w.byte_length() >= n:
            return w
    return None

def main():
    var words: List[String] = ["12", "x", "7", "", "40"]
    var parsed = parse_all(words)
    var total = 0
    var missing = 0
    for o in parsed:
        if o:
            total += o.value()
        else:
            missing += 1
    print(len(parsed), total, missing)
    print(parsed[0].or_else(0), parsed[1].or_else(-1), parsed[1] is None, parsed[2] is not None)
    var names: List[String] = ["al", "bea", "christine"]
    var f = first_long(names, 3)
    var g = first_long(names, 20)
    print(f, g, f.value().upper(), g.or_else("none"))
    var d: Dict[String, Int] = {"a": 1}
    var got = d.get("a")
    var miss = d.get("b")
    print(got, miss, got.value() + 1, Bool(miss))
    var slot = Optional[List[Int]]()
    print(Bool(slot))
    slot = List[Int](length=2, fill=3)
    print(slot.value(), len(slot.value()))
    # CHECK: 5 59 2
    # CHECK: 12 -1 True True
    # CHECK: bea None BEA none
    # CHECK: 1 None 2 False
    # CHECK: False
    # CHECK: [3, 3] 2
