# Tuple patterns in `match`: element by element, with `_`, captured names, alternatives and
# guards; `match a, b:` with `case 0, 0:` matches a tuple without parentheses.
def classify(p: Tuple[Int, Int]) -> String:
    match p:
        case (0, 0):
            return "origin"
        case (0, _) | (_, 0):
            return "axis"
        case (x, y) if x == y:
            return "diagonal " + String(x)
        case (x, y):
            return String(x) + "," + String(y)

def main():
    var t = (3, "x")
    match t:
        case (0, _):
            print("zero")
        case (n, s):
            print(n, s)
    for i in [3, 5, 15, 7]:
        match i % 3, i % 5:
            case 0, 0:
                print("fizzbuzz")
            case 0, _:
                print("fizz")
            case _, 0:
                print("buzz")
            case _:
                print(i)
    print(classify((0, 0)), classify((0, 4)), classify((2, 2)), classify((1, 5)))

# The expected output, checked against Mojo 1.2:
# CHECK: 3 x
# CHECK: fizz
# CHECK: buzz
# CHECK: fizzbuzz
# CHECK: 7
# CHECK: origin axis diagonal 2 1,5
