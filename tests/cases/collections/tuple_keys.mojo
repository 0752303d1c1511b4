# Tuples of hashable values are `Dict` keys and `Set` values: a breadth-first search over grid
# cells keyed by `(row, col)`.
from std.collections import Set

def main() raises:
    var grid: List[String] = ["..#.", ".##.", "...."]
    var dist = Dict[Tuple[Int, Int], Int]()
    var queue: List[Tuple[Int, Int]] = [(0, 0)]
    dist[(0, 0)] = 0
    var head = 0
    while head < len(queue):
        var cell = queue[head]
        head += 1
        var r = cell[0]
        var c = cell[1]
        for step in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
            var nr = r + step[0]
            var nc = c + step[1]
            if nr < 0 or nc < 0 or nr >= len(grid) or nc >= grid[0].byte_length():
                continue
            if grid[nr][byte=nc] == "#" or (nr, nc) in dist:
                continue
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
    print(dist[(0, 3)], dist[(2, 3)], len(dist), (0, 2) in dist)
    var seen = Set[Tuple[String, Int]]()
    seen.add(("a", 1))
    seen.add(("a", 1))
    seen.add(("b", 1))
    print(len(seen), ("b", 1) in seen, ("b", 2) in seen)

# The expected output, checked against Mojo 1.2:
# CHECK: 7 5 9 False
# CHECK: 2 True False
