def bump(a: Int) -> Int:
    a = a + 1  # error[E0307]: cannot assign
    return a

def main():
    print(bump(1))
