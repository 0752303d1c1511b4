# `for ref x in xs` (a List, an Array, a Span): `x` is the element itself, so assignments, in-place
# operators and mutating methods reach the collection, on every way out of the iteration.
@fieldwise_init
struct Acct(Copyable, Writable):
    var name: String
    var balance: Int
    var log: List[Int]


def first_negative(mut xs: List[Int]) -> Int:
    for ref x in xs:
        if x < 0:
            x = 0
            return 1
        x *= 2
    return 0


def main():
    var xs: List[Int] = [1, 2, 3, 4, 5, 6]
    for ref x in xs:
        if x == 2:
            x = 20
            continue
        if x == 5:
            x = 50
            break
        x += 100
    print(xs)
    for ref x in xs[3:]:
        x = -x
    print(xs)
    var arr = Array[Int, 3](fill=1)
    for ref a in arr:
        a += 1
    print(arr)
    var accts: List[Acct] = [Acct("a", 10, []), Acct("b", 20, [])]
    for ref acct in accts:
        acct.balance += 5
        acct.log.append(acct.balance)
    print(accts[0], accts[1])
    var ys: List[Int] = [3, -1, 4]
    print(first_negative(ys), ys)

# The expected output, checked against Mojo 1.2:
# CHECK: [101, 20, 103, 104, 50, 6]
# CHECK: [101, 20, 103, -104, -50, -6]
# CHECK: [2, 2, 2]
# CHECK: Acct(name=a, balance=15, log=[15]) Acct(name=b, balance=25, log=[25])
# CHECK: 1 [6, 0, 4]
