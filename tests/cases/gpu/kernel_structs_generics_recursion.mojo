# Ordinary Mojo in a kernel: a struct with mutating methods, a generic helper, a recursive
# helper, a negative-step range, `comptime for`, a tuple, and floor modulo of negatives.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


@fieldwise_init
struct Acc(Copyable, Movable):
    var total: Int32
    var count: Int32

    def add(mut self, v: Int32):
        self.total += v
        self.count += 1

    def mean10(self) -> Int32:
        return self.total * 10 // self.count


def sq[dt: DType](x: Scalar[dt]) -> Scalar[dt]:
    return x * x


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def k(p: UnsafePointer[Int32, MutAnyOrigin]):
    var t = thread_idx.x
    var a = Acc(0, 0)
    for i in range(t + 5, t, -2):
        a.add(Int32(i))
    comptime for j in range(3):
        a.add(Int32(j * 100))
    var pair = (Int32(t), Int32(-t))
    p[t * 4] = a.mean10()
    p[t * 4 + 1] = sq[DType.int32](pair[1]) + Int32(Int(sq(Float32(t))))
    p[t * 4 + 2] = Int32(fib(t % 10))
    p[t * 4 + 3] = Int32((-7 - t) % 5)


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](32)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=8)
    with a.map_to_host() as h:
        for t in [0, 3, 7]:
            print(h[t * 4], h[t * 4 + 1], h[t * 4 + 2], h[t * 4 + 3])
# CHECK: 515 0 0 3
# CHECK: 530 18 2 0
# CHECK: 550 98 13 1
