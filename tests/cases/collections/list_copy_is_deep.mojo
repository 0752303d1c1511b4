def main():
    var xs: List[Int] = [1, 2, 3]
    var c = xs.copy()
    c[0] = 100
    c.append(5)
    print(xs, c)
    # CHECK: [1, 2, 3] [100, 2, 3, 5]
