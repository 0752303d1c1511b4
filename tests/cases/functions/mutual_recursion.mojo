def is_even(n: Int) -> Bool:
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n: Int) -> Bool:
    if n == 0:
        return False
    return is_even(n - 1)

def main():
    print(is_even(10), is_odd(7), is_even(3))
    # CHECK: True True False
