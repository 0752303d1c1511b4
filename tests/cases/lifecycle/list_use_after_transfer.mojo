def total(var xs: List[Int]) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s

def main():
    var xs: List[Int] = [1, 2, 3]
    print(total(xs^))
    print(len(xs))  # error[E0306]: use of uninitialized value
