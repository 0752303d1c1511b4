# A function may return a reference (`-> ref [origin] T`): reading the result reads the place;
# `.copy()` makes an independent value. (Assigning through a returned reference is E0314.)
def larger(ref a: Int, ref b: Int) -> ref [a, b] Int:
    if a > b:
        return a
    return b

def head(ref xs: List[String]) -> ref [xs[0]] String:
    return xs[0]

def main():
    var x = 3
    var y = 7
    print(larger(x, y))
    var names: List[String] = ["ada", "bob"]
    print(head(names))
    var h = head(names).copy()
    h += "!"
    print(h, names[0])

# The expected output, checked against Mojo 1.2:
# CHECK: 7
# CHECK: ada
# CHECK: ada! ada
