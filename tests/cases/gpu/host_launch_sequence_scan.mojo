# Several launches in sequence, each using the previous one's results: an inclusive prefix sum
# over 20 values as log2 passes (offsets 1, 2, 4, 8, 16) ping-ponging between two buffers, with
# no synchronisation in between (work on one context runs in order).
from max.gpu import global_idx
from max.gpu.host import DeviceContext

comptime N = 20


def step(src: UnsafePointer[Int32, MutAnyOrigin], dst: UnsafePointer[Int32, MutAnyOrigin], offset: Int32):
    var i = global_idx.x
    if i < N:
        var o = Int(offset)
        dst[i] = src[i] + (src[i - o] if i >= o else Int32(0))


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.int32](N)
    var b = ctx.enqueue_create_buffer[DType.int32](N)
    with a.map_to_host() as h:
        for i in range(N):
            h[i] = Int32((i * i * 3) % 7 - 2)
    var offset = 1
    var flip = False
    while offset < N:
        if flip:
            ctx.enqueue_function[step](b, a, Int32(offset), grid_dim=3, block_dim=8)
        else:
            ctx.enqueue_function[step](a, b, Int32(offset), grid_dim=3, block_dim=8)
        flip = not flip
        offset *= 2
    var res = b if flip else a
    with res.map_to_host() as h:
        var s = String()
        for i in range(N):
            s += String(h[i]) + (" " if i < N - 1 else "")
        print(s)
# CHECK: -2 -1 2 6 10 13 14 12 13 16 20 24 27 28 26 27 30 34 38 41
