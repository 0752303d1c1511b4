def f(a: Int, *, k: Int) -> Int:
    return a + k

def main():
    print(f(1))  # error[E0302]: 'k'
