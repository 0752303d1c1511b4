# A `List` or an `Array` passes where a `Span` is expected (`Span[Int, _]`); a `Span[mut=True, T, _]` argument
# can change the elements it views.
def total(xs: Span[Int, _]) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s

def double_in_place(xs: Span[mut=True, Int, _]):
    for i in range(len(xs)):
        xs[i] *= 2

def main():
    var xs: List[Int] = [1, 2, 3]
    print(total(xs))
    double_in_place(Span(xs))
    print(xs, total(xs[1:]))
    var arr: Array[Int, 3] = [10, 20, 30]
    print(total(arr))

# The expected output, checked against Mojo 1.2:
# CHECK: 6
# CHECK: [2, 4, 6] 10
# CHECK: 60
