def two(a: Int, b: Int) -> Int:
    return a + b

def main():
    print(two(1))  # error[E0302]: expected 2 arguments
