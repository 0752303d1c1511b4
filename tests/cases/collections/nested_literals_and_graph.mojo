# Nested collection literals take their element types from the declared type: `[[], [1]]` as a
# List[List[Int]], `{"d": []}` as a Dict[String, List[String]]; a graph walk, nested
# comprehensions, a Dict of Dicts updated in place.
from std.collections import Set


def more() raises:
    var xs: List[List[Int]] = [[], [1]]
    var d: Dict[String, Dict[String, Int]] = {"a": {}}
    var s: List[Set[Int]] = [{1}, {2, 3}]
    var e: List[List[String]] = [[], ["x"]]
    print(xs, len(d["a"]), len(s[1]), e)


def main() raises:
    var graph: Dict[String, List[String]] = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
    var seen = Set[String]()
    var order = List[String]()
    var stack: List[String] = ["a"]
    while len(stack) > 0:
        var n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                stack.append(m)
    print(order)
    var matrix = [[i * j for j in range(4)] for i in range(3)]
    print(matrix, len(matrix), len(matrix[0]))
    var nested: Dict[String, Dict[String, Int]] = {}
    nested["x"] = {"y": 1}
    nested["x"]["z"] = 2
    print(nested["x"]["y"] + nested["x"]["z"], len(nested["x"]))
    var pairs = [(1, "one"), (2, "two")]
    for p in pairs:
        print(p[0], p[1])
    var flat = [x for row in matrix for x in row if x > 2]
    print(flat)
    more()

# The expected output, checked against Mojo 1.2:
# CHECK: [a, c, d, b]
# CHECK: [[0, 0, 0, 0], [0, 1, 2, 3], [0, 2, 4, 6]] 3 4
# CHECK: 3 2
# CHECK: 1 one
# CHECK: 2 two
# CHECK: [3, 4, 6]
# CHECK: [[], [1]] 0 2 [[], [x]]
