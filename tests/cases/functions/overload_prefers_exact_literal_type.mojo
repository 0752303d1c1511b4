def f(x: Float64) -> String:
    return "float"


def f(x: Int) -> String:
    return "int"


def main():
    print(f(1), f(1.5))
    # CHECK: int float
