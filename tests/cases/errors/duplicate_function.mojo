def f() -> Int:
    return 1

def f() -> Int:  # error[E0202]: redefinition
    return 2

def main():
    print(f())
