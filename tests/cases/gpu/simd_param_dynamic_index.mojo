# A SIMD kernel parameter indexed by a run-time lane (NVPTX needs it copied to local memory).
from max.gpu import thread_idx
from max.gpu.host import DeviceContext


def k(out_: UnsafePointer[Float32, MutAnyOrigin], v: SIMD[DType.float32, 4]):
    var t = thread_idx.x
    out_[t] = v[t]


def main() raises:
    var ctx = DeviceContext()
    var out_ = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](out_, SIMD[DType.float32, 4](0.5, -1.25, 3.0, 1e6), grid_dim=1, block_dim=4)
    with out_.map_to_host() as h:
        print(h[0], h[1], h[2], h[3])
# CHECK: 0.5 -1.25 3.0 1000000.0
