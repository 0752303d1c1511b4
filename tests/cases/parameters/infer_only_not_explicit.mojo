# Infer-only parameters cannot be given in brackets: one too many.
def total[T: Copyable & Writable, //, n: Int](xs: List[T]) -> Int:
    return n + len(xs)

def main():
    var xs: List[Int] = [1, 2, 3]
    print(total[2, 3](xs))  # error[E0302]: too many compile-time parameters
