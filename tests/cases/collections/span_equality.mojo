# Spans compare element by element with == and != (checked with Mojo 1.2).
def main():
    var a: List[Int] = [1, 2, 3]
    var b: List[Int] = [1, 2, 4]
    print(Span(a) == Span(b), a[0:2] == b[0:2])
    print("ab".as_bytes() == "ab".as_bytes())
    print(Span(a) != Span(b), a[1:] == a[1:3])
    # CHECK: False True
    # CHECK: True
    # CHECK: True True
