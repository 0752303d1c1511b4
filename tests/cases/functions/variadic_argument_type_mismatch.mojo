# Every variadic argument must convert to the element type.
def total(*xs: Int) -> Int:
    return len(xs)


def main():
    print(total(1, "a"))  # error[E0301]: cannot implicitly convert 'String' value to 'Int'
