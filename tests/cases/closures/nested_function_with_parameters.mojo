# A nested function may take compile-time parameters: each call names them (`record[8](3)`) and
# gets its own instance, which still captures the outer variables (checked with `mojo run` 1.2.0).
def main():
    var widths = List[Int]()

    def record[width: Int](i: Int) {mut widths}:
        widths.append(width * 100 + i)

    record[8](3)
    record[1](4)
    record[8](5)
    print(widths)

    def scaled[k: Int, T: Intable](x: T) -> Int:
        return k * Int(x)

    print(scaled[3, Int](5), scaled[2, Int](7))
# CHECK: [803, 104, 805]
# CHECK: 15 14
