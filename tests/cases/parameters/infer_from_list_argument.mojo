# A type parameter is inferred from a parameterized argument type (`xs: List[T]` given a List[Int]).
def first[T: Copyable](xs: List[T]) -> T:
    return xs[0].copy()

def main():
    var xs: List[Int] = [3, 4]
    print(first(xs))

# The expected output, checked against Mojo 1.2:
# CHECK: 3
