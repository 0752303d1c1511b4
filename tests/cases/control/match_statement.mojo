def classify(n: Int) -> String:
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case _:
            return "big"

def main():
    for i in [0, 2, 7]:
        print(classify(i))
    var s = String("b")
    match s:
        case "a":
            print("A")
        case "b":
            print("B")
        case _:
            pass
    var x = 5
    match x:
        case y if y > 3:
            print("gt3", y)
        case _:
            print("le3")
    # CHECK: zero
    # CHECK: small
    # CHECK: big
    # CHECK: B
    # CHECK: gt3 5
