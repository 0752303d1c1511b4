# List search (in, index raising ValueError, count), Dict insertion order after pop and re-insert,
# popitem, string comparison, List.copy/reverse.
def main() raises:
    var xs: List[String] = ["pear", "apple", "fig"]
    print("apple" in xs, xs.index("fig"), xs.count("pear"))
    try:
        _ = xs.index("kiwi")
    except e:
        print("error:", e)
    var d: Dict[String, Int] = {"a": 1, "b": 2, "c": 3}
    _ = d.pop("b")
    d["d"] = 4
    d["b"] = 5
    for k in d:
        print(k, end="")
    print()
    var e = d.popitem()
    print(e.key, e.value, len(d))
    print("abc" < "abd", "B" < "a", "é" > "z", String("x") == "x")
    var ys = xs.copy()
    ys.reverse()
    print(ys, xs)
    print(sum_list([1, 2, 3]))

def sum_list(xs: List[Int]) -> Int:
    var t = 0
    for x in xs:
        t += x
    return t

# The expected output, checked against Mojo 1.2:
# CHECK: True 2 1
# CHECK: error: ValueError: Given element is not in list
# CHECK: acdb
# CHECK: b 5 3
# CHECK: True True True True
# CHECK: [fig, apple, pear] [pear, apple, fig]
# CHECK: 6
