# Two parameters of one declaration cannot share a name (Mojo 1.2: "invalid redefinition").
def g(x: Int, x: Int) -> Int:  # error[E0202]: invalid redefinition of 'x'
    return x


def f[T: AnyType, T: AnyType](n: Int) -> Int:  # error[E0202]: invalid redefinition of 'T'
    return n


struct S[N: Int, N: Int]:  # error[E0202]: invalid redefinition of 'N'
    pass


def main():
    print(g(1, 2), f[Int, Int](3))
