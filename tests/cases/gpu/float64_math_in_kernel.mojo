# Float64 `exp`, `log`, `tanh` and `**` in a kernel: computed to full precision on GPUs too
# (no fast approximation exists for float64 there).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from std.math import exp, log, tanh


def k(p: UnsafePointer[Float64, MutAnyOrigin]):
    var t = thread_idx.x
    var z = Float64(t) - Float64(t)
    p[t * 4 + 0] = exp(z)
    p[t * 4 + 1] = log(z + 1.0)
    p[t * 4 + 2] = tanh(z)
    p[t * 4 + 3] = (z + 4.0) ** 0.5


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float64](8)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=2)
    with a.map_to_host() as h:
        print(h[0], h[1], h[2], h[3], h[7])
# CHECK: 1.0 0.0 0.0 2.0 2.0
