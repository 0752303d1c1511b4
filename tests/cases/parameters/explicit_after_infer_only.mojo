# Explicit parameters in brackets bind after the infer-only marker `//`.
def total[T: Copyable & Writable, //, n: Int](xs: List[T]) -> Int:
    return n + len(xs)

def scale[dt: DType, //, k: Int](x: Scalar[dt]) -> Scalar[dt]:
    return x * Scalar[dt](k)

def main():
    var xs: List[Int] = [1, 2, 3]
    print(total[2](xs))
    print(total[n=5](xs))
    print(scale[3](Float32(1.5)))
# CHECK: 5
# CHECK: 8
# CHECK: 4.5
