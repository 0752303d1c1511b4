# A method of a generic struct is instantiated only when it is called: a method that returns
# another instance (`half() -> V[Self.N // 2]`, `next() -> Counter[Self.N + 1]`) makes that
# instance only for the calls the program makes.
struct V[N: Int](Copyable):
    var data: SIMD[DType.float32, Self.N]

    def __init__(out self, data: SIMD[DType.float32, Self.N]):
        self.data = data

    def half(self) -> V[Self.N // 2]:
        return V[Self.N // 2](self.data.slice[Self.N // 2]())


struct Counter[N: Int]:
    def __init__(out self):
        pass

    def next(self) -> Counter[Self.N + 1]:
        return Counter[Self.N + 1]()


def main():
    var v = V[4](SIMD[DType.float32, 4](1, 2, 3, 4))
    print(v.half().data, v.half().half().data)
    var c = Counter[0]()
    print(c.next().next().N)

# The expected output, checked against Mojo 1.2:
# CHECK: [1.0, 2.0] 1.0
# CHECK: 2
