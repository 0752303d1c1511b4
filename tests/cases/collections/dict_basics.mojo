def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    d["a"] = 3
    print(d["a"], len(d), "b" in d, "z" in d)
    # CHECK: 3 2 True False
    print(d)
    # CHECK: {a: 3, b: 2}
    for k in d:
        print(k, d[k])
    # CHECK: a 3
    # CHECK: b 2
    for e in d.items():
        print(e.key, e.value)
    # CHECK: a 3
    # CHECK: b 2
    print(d.get("z").__bool__(), d.get("a").value(), d.get("z", 42))
    # CHECK: False 3 42
    print(d.pop("a"), len(d), d)
    # CHECK: 3 1 {b: 2}
    var dd: Dict[String, Int] = {"x": 1, "y": 2}
    print(dd)
    # CHECK: {x: 1, y: 2}
