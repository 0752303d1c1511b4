# A closure given to a generic function (`sort(xs, cmp_fn=near)`) takes its captured variables
# along, even where the callee has a variable of the same name (the stdlib's sort has a `k`).
def main():
    var k = 2
    def near(a: Int, b: Int) {imm k} -> Bool:
        return abs(a - k) < abs(b - k)
    var xs: List[Int] = [5, 1, 2, 4]
    sort(xs, cmp_fn=near)
    print(xs)
    var lo = 3
    def by_distance(a: Int, b: Int) {imm lo} -> Bool:
        return abs(a - lo) < abs(b - lo)
    var ys: List[Int] = [1, 5, 3, 2]
    sort(ys, by_distance)
    print(ys)

# The expected output, checked against Mojo 1.2:
# CHECK: [2, 1, 4, 5]
# CHECK: [3, 2, 1, 5]
