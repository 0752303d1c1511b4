# Conway's game of life on a wrapping grid of List[List[Bool]], with nested element assignment.
def step(grid: List[List[Bool]]) -> List[List[Bool]]:
    var h = len(grid)
    var w = len(grid[0])
    var out = List[List[Bool]]()
    for y in range(h):
        var row = List[Bool]()
        for x in range(w):
            var n = 0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    if dy == 0 and dx == 0:
                        continue
                    var yy = (y + dy + h) % h
                    var xx = (x + dx + w) % w
                    if grid[yy][xx]:
                        n += 1
            var alive = grid[y][x]
            row.append(n == 3 or (alive and n == 2))
        out.append(row^)
    return out^


def show(grid: List[List[Bool]]) -> String:
    var s = String()
    for row in grid:
        for c in row:
            s += "#" if c else "."
        s += "\n"
    return s


def main():
    var g = List[List[Bool]]()
    for _ in range(5):
        g.append(List[Bool](length=5, fill=False))
    g[1][2] = True
    g[2][2] = True
    g[3][2] = True
    print(show(g), end="")
    g = step(g)
    print(show(g), end="")
    var counts = Dict[Int, Int]()
    for _ in range(4):
        g = step(g)
        var n = 0
        for row in g:
            for c in row:
                if c:
                    n += 1
        counts[n] = counts.get(n, 0) + 1
    print(counts)

# The expected output, checked against Mojo 1.2:
# CHECK: .....
# CHECK: ..#..
# CHECK: ..#..
# CHECK: ..#..
# CHECK: .....
# CHECK: .....
# CHECK: .....
# CHECK: .###.
# CHECK: .....
# CHECK: .....
# CHECK: {3: 4}
