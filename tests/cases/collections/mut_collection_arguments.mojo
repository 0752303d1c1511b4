# Functions change lists and dicts through mut arguments.
def remove_evens(mut xs: List[Int]):
    var i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            _ = xs.pop(i)
        else:
            i += 1

def swap_ends(mut xs: List[String]):
    var n = len(xs)
    if n < 2:
        return
    var first = xs[0]
    xs[0] = xs[n - 1]
    xs[n - 1] = first

def tally(mut counts: Dict[String, Int], words: List[String]):
    for w in words:
        counts[w] = counts.get(w, 0) + 1

def fill(mut grid: List[List[Int]], v: Int):
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            grid[r][c] = v + r * 10 + c

def main():
    var xs: List[Int] = [1, 2, 3, 4, 5, 6, 7]
    remove_evens(xs)
    print(xs)
    var ss: List[String] = ["a", "b", "c"]
    swap_ends(ss)
    print(ss)
    var counts = Dict[String, Int]()
    tally(counts, ["x", "y", "x"])
    tally(counts, ["z", "x"])
    print(counts)
    var grid: List[List[Int]] = [[0, 0], [0, 0, 0]]
    fill(grid, 100)
    print(grid)
    # CHECK: [1, 3, 5, 7]
    # CHECK: [c, b, a]
    # CHECK: {x: 3, y: 1, z: 1}
    # CHECK: [[100, 101], [110, 111, 112]]
