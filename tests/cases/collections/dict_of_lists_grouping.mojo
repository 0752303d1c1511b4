# Dict[String, List[Int]]: group values, append through the dict, read back in insertion order.
def group(xs: List[Int]) -> Dict[String, List[Int]]:
    var out = Dict[String, List[Int]]()
    for x in xs:
        var key = "even" if x % 2 == 0 else "odd"
        if key not in out:
            out[key] = List[Int]()
        try:
            out[key].append(x)
        except:
            pass
    return out^

def main() raises:
    var nums: List[Int] = [3, 8, 5, 2, 7, 4]
    var g = group(nums)
    print(len(g), g["odd"], g["even"])
    for e in g.items():
        var s = 0
        for v in e.value:
            s += v
        print(e.key, len(e.value), s)
    g["even"].append(100)
    print(g)
    var popped = g.pop("odd")
    print(popped, len(g), "odd" in g)
    # CHECK: 2 [3, 5, 7] [8, 2, 4]
    # CHECK: odd 3 15
    # CHECK: even 3 14
    # CHECK: {odd: [3, 5, 7], even: [8, 2, 4, 100]}
    # CHECK: [3, 5, 7] 1 False
