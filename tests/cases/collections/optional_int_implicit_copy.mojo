def main():
    var a: Optional[Int] = 3
    var b = a
    var xs: List[Optional[Int]] = [1, None]
    var c = xs[1]
    var s: Optional[String] = String("x")
    var t = s
    print(a, b, c, s, t)
    # CHECK: 3 3 None x x
