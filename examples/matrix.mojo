"""A dense matrix generic over its element type (a `DType`), with operator overloading: `+`,
`*` (the matrix product), `==`, element access with two indices, and printing through
`write_to`."""


struct Matrix[dtype: DType](Copyable, Writable):
    var rows: Int
    var cols: Int
    var data: List[Scalar[Self.dtype]]

    def __init__(out self, rows: Int, cols: Int, fill: Scalar[Self.dtype]):
        self.rows = rows
        self.cols = cols
        self.data = List[Scalar[Self.dtype]](length=rows * cols, fill=fill)

    def __getitem__(self, r: Int, c: Int) -> Scalar[Self.dtype]:
        return self.data[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, value: Scalar[Self.dtype]):
        self.data[r * self.cols + c] = value

    def __add__(self, other: Self) -> Self:
        var out = self.copy()
        for i in range(len(self.data)):
            out.data[i] = self.data[i] + other.data[i]
        return out^

    def __mul__(self, other: Self) -> Self:
        var out = Self(self.rows, other.cols, 0)
        for i in range(self.rows):
            for j in range(other.cols):
                var acc = self[i, 0] * other[0, j]
                for k in range(1, self.cols):
                    acc = acc + self[i, k] * other[k, j]
                out[i, j] = acc
        return out^

    def __eq__(self, other: Self) -> Bool:
        if self.rows != other.rows or self.cols != other.cols:
            return False
        for i in range(len(self.data)):
            if self.data[i] != other.data[i]:
                return False
        return True

    def write_to(self, mut writer: Some[Writer]):
        for r in range(self.rows):
            writer.write("[")
            for c in range(self.cols):
                if c > 0:
                    writer.write(" ")
                writer.write(self[r, c])
            writer.write("]")
            if r + 1 < self.rows:
                writer.write("\n")


def identity(n: Int) -> Matrix[DType.float64]:
    var m = Matrix[DType.float64](n, n, 0.0)
    for i in range(n):
        m[i, i] = 1.0
    return m^


def main():
    var a = Matrix[DType.float64](2, 2, 0.0)
    a[0, 0] = 1.0
    a[0, 1] = 2.0
    a[1, 0] = 3.0
    a[1, 1] = 4.0
    print(a * a)
    # CHECK: [7.0 10.0]
    # CHECK: [15.0 22.0]
    print(a + identity(2))
    # CHECK: [2.0 2.0]
    # CHECK: [3.0 5.0]
    print(a * identity(2) == a, a == identity(2))
    # CHECK: True False
    var m = Matrix[DType.int32](2, 3, 1)
    m[1, 2] = 5
    print(m)
    # CHECK: [1 1 1]
    # CHECK: [1 1 5]
