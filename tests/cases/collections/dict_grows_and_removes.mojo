def main() raises:
    var d = Dict[Int, Int]()
    for i in range(1000):
        d[i * 7] = i
    var total = 0
    for i in range(0, 1000, 2):
        total += d.pop(i * 7)
    print(len(d), total, d[7], 14 in d)
    # CHECK: 500 249500 1 False
    for i in range(1000, 1010):
        d[i * 7] = i
    var keys = 0
    for k in d.keys():
        keys += 1
    var vals = 0
    for v in d.values():
        vals += v
    print(len(d), keys, vals)
    # CHECK: 510 510 260045
