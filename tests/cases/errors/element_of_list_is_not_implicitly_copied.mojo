# `xs[i]` is the element itself; a variable that would hold it needs a copy, which Mojo 1.2 only
# makes implicitly for `ImplicitlyCopyable` types (`List` is not one).
def main():
    var grid: List[List[Int]] = [[1, 2], [3]]
    var row = grid[0]  # error[E0317]: value of type 'List[Int]' cannot be implicitly copied
    var ok = grid[1].copy()
    print(len(row), len(ok))
