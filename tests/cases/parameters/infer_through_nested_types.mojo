# A parameter is inferred from an argument whose declared type holds it inside other types:
# `List[Scalar[dt]]`, `List[List[T]]`, `Tuple[T, U]`, `Optional[T]` (checked with Mojo 1.2).
def mean[dt: DType](xs: List[Scalar[dt]]) -> Float64:
    var s = 0.0
    for x in xs:
        s += Float64(x)
    return s / Float64(len(xs))

def total[T: Copyable & Writable](rows: List[List[T]]) -> String:
    var out = String()
    for r in rows:
        for x in r:
            out += String(x) + " "
    return out

def first_or[T: ImplicitlyCopyable & Writable](o: Optional[T], d: T) -> T:
    return o.value() if o else d

def main():
    var a: List[Float32] = [1.5, 2.5, 4.0]
    var b: List[Int64] = [1, 2]
    print(mean(a), mean(b))
    # CHECK: 2.6666666666666665 1.5
    var rows: List[List[Int]] = [[1, 2], [3]]
    print(total(rows) + "|")
    # CHECK: 1 2 3 |
    print(first_or(Optional[Int](None), 9), first_or(Optional(4), 9))
    # CHECK: 9 4
