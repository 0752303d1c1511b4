# `sort(xs, f)` takes the comparator positionally too (`f(a, b)`: a goes before b).
def desc(a: Int, b: Int) -> Bool:
    return a > b

def by_length(a: String, b: String) -> Bool:
    return a.byte_length() < b.byte_length()

def main():
    var xs: List[Int] = [3, 1, 2]
    sort(xs, desc)
    var ws: List[String] = ["ccc", "a", "bb", "dd"]
    sort(ws, cmp_fn=by_length)
    print(xs, ws)

# The expected output, checked against Mojo 1.2:
# CHECK: [3, 2, 1] [a, bb, dd, ccc]
