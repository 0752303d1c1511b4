# A raising method that takes `self` as `mut` leaves the value with the caller when it raises.
def main():
    var d: Dict[String, Int] = {"a": 1}
    try:
        _ = d.pop("zz")
    except e:
        print(e)
    # CHECK: DictKeyError[String]()
    print(len(d), "a" in d)
    # CHECK: 1 True
