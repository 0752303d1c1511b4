def f(x: Int) -> Int:
    var x = 5  # error[E0202]: redefinition
    return x

def main():
    print(f(1))
