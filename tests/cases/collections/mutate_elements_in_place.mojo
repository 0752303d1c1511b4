# Mutation through list elements: methods and in-place operators on `xs[i]`, a Dict value's
# method, and `for ref`.
@fieldwise_init
struct P(Copyable, Writable):
    var x: Int
    var tags: List[String]

    def bump(mut self):
        self.x += 1


def main() raises:
    var grid: List[List[Int]] = [[1, 2], [3]]
    grid[0].append(9)
    grid[1][0] += 10
    print(grid[0], grid[1])
    var ps: List[P] = [P(1, ["a"])]
    ps[0].bump()
    ps[0].tags.append("b")
    ps[0].x *= 5
    print(ps[0])
    var d: Dict[String, List[Int]] = {"k": [1]}
    d["k"].append(2)
    print(d["k"])
    for ref p in ps:
        p.x = 100
    print(ps[0].x)

# The expected output, checked against Mojo 1.2:
# CHECK: [1, 2, 9] [13]
# CHECK: P(x=10, tags=[a, b])
# CHECK: [1, 2]
# CHECK: 100
