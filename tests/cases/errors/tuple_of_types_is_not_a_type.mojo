def pair() -> (Int, Int):  # error[E0301]: expected a type, found a tuple value
    return (1, 2)


def main():
    print(pair()[0])
