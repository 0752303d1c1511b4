def replace(mut xs: List[Int]):
    xs = List[Int](length=1, fill=9)

def main():
    var xs: List[Int] = [1, 2]
    replace(xs)
    print(xs)
    # CHECK: [9]
