# A matrix with its shape as struct parameters: a generic method whose parameter is inferred
# from its argument's type (`other: Matrix[Self.cols, k]`), `@` through `__matmul__`, results of
# computed shapes, and `Matrix[4, 5].rows`.
struct Matrix[rows: Int, cols: Int](Copyable, Writable):
    var data: List[Float64]

    def __init__(out self, fill: Float64 = 0.0):
        self.data = List[Float64](length=Self.rows * Self.cols, fill=fill)

    def __getitem__(self, r: Int, c: Int) -> Float64:
        return self.data[r * Self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, v: Float64):
        self.data[r * Self.cols + c] = v

    def __matmul__[k: Int](self, other: Matrix[Self.cols, k]) -> Matrix[Self.rows, k]:
        var out = Matrix[Self.rows, k]()
        for i in range(Self.rows):
            for j in range(k):
                var s = 0.0
                for t in range(Self.cols):
                    s += self[i, t] * other[t, j]
                out[i, j] = s
        return out^

    def transpose(self) -> Matrix[Self.cols, Self.rows]:
        var out = Matrix[Self.cols, Self.rows]()
        for i in range(Self.rows):
            for j in range(Self.cols):
                out[j, i] = self[i, j]
        return out^

    def write_to(self, mut w: Some[Writer]):
        for i in range(Self.rows):
            w.write("[")
            for j in range(Self.cols):
                w.write(" " if j > 0 else "", self[i, j])
            w.write("]\n" if i < Self.rows - 1 else "]")


def main():
    var a = Matrix[2, 3]()
    for i in range(2):
        for j in range(3):
            a[i, j] = Float64(i * 3 + j)
    var b = a.transpose()
    var c = a @ b
    print(a)
    print(b)
    print(c)
    print(c.rows, c.cols, Matrix[4, 5].rows * Matrix[4, 5].cols)

# The expected output, checked against Mojo 1.2:
# CHECK: [0.0 1.0 2.0]
# CHECK: [3.0 4.0 5.0]
# CHECK: [0.0 3.0]
# CHECK: [1.0 4.0]
# CHECK: [2.0 5.0]
# CHECK: [5.0 14.0]
# CHECK: [14.0 50.0]
# CHECK: 2 2 20
