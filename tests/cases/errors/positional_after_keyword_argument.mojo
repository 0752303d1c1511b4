def f(a: Int, b: Int = 0) -> Int:
    return a + b

def main():
    print(f(b=2, 1))  # error[E0110]: positional argument
