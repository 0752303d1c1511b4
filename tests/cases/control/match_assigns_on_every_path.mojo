def label(n: Int) -> String:
    var out: String
    match n % 3:
        case 0:
            out = "fizz"
        case 1:
            out = "one"
        case _:
            out = "other"
    return out

def main():
    print(label(3), label(4), label(5))
    # CHECK: fizz one other
