# Dict insertion order through pop, re-insert, update, setdefault; keys/values/items views.
def main() raises:
    var d: Dict[String, Int] = {"one": 1, "two": 2, "three": 3}
    d["two"] = 22
    print(d)
    _ = d.pop("one")
    d["one"] = 111
    print(d, len(d))
    var other: Dict[String, Int] = {"four": 4, "two": 2}
    d.update(other)
    print(d)
    var five = d.setdefault("five", 5)
    var four = d.setdefault("four", 0)
    print(five, four, len(d))
    var ks = List[String]()
    for k in d.keys():
        ks.append(k)
    var total = 0
    for v in d.values():
        total += v
    print(ks, total)
    var lines = List[String]()
    for e in d.items():
        lines.append(e.key + "=" + String(e.value))
    print(", ".join(lines))
    print(d.pop("zzz", -1), d.get("zzz", 0), d.get("two", 0))
    d.clear()
    print(d, len(d), "two" in d)
    # CHECK: {one: 1, two: 22, three: 3}
    # CHECK: {two: 22, three: 3, one: 111} 3
    # CHECK: {two: 2, three: 3, one: 111, four: 4}
    # CHECK: 5 4 5
    # CHECK: [two, three, one, four, five] 125
    # CHECK: two=2, three=3, one=111, four=4, five=5
    # CHECK: -1 0 2
    # CHECK: {} 0 False
