def f(a: Int, b: Int = 0) -> Int:
    return a + b

def main():
    print(f(a=1, a=2))  # error[E0303]: 'a'
