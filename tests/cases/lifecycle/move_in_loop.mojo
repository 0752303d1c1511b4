# A variable moved in a loop body must be assigned again before the next iteration reads it; a
# body that assigns it first, or leaves the loop after the move, is fine.
def consume(var s: List[Int]) -> Int:
    return len(s)


def main():
    var xs: List[Int] = [1, 2]
    var total = 0
    for i in range(3):
        xs = List[Int](length=i, fill=0)
        total += consume(xs^)
    var ys: List[Int] = [1, 2, 3]
    for i in range(5):
        if i == 1:
            total += consume(ys^)
            break
    var zs: List[Int] = [4]
    for _ in range(2):
        total += consume(zs^)  # error[E0306]: it was moved in an earlier iteration of the loop
    print(total)
