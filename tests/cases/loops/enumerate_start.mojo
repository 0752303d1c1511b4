# enumerate(xs, start=n): the first index is n (an expression, evaluated once).
def main():
    var xs: List[String] = ["a", "b"]
    for i, x in enumerate(xs, start=1):
        print(i, x)
    var k = 10
    for p in enumerate(xs, start=k * 2):
        print(p[0], p[1])
    for i, x in enumerate(xs):
        print(i, x)
# CHECK: 1 a
# CHECK: 2 b
# CHECK: 20 a
# CHECK: 21 b
# CHECK: 0 a
# CHECK: 1 b
