# An empty collection literal takes its type from where it goes: a Dict value (`d[k] = []`), a
# field (`b.items = []`), a method argument (`g.append([])`).
def count(xs: List[Int]) -> Int:
    return len(xs)

def empty() -> List[String]:
    return []

@fieldwise_init
struct Bag(Copyable):
    var items: List[Int]

def main() raises:
    var d = Dict[String, List[Int]]()
    d["q"] = []
    var g = List[List[Int]]()
    g.append([])
    print(count([]), len(empty()), len(d["q"]) if "q" in d else -1, len(g))
    var b = Bag([])
    b.items = []
    print(len(b.items))

# The expected output, checked against Mojo 1.2:
# CHECK: 0 0 0 1
# CHECK: 0
