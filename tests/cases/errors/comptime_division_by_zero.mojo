def div(a: Int, b: Int) -> Int:
    return a // b

comptime D = div(1, 0)  # error[E0404]: division by zero

def main():
    print(D)
