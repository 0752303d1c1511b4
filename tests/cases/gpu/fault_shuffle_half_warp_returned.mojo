# EXIT: 1
# STDERR: fault_shuffle_half_warp_returned.mojo:15:
# STDERR: error[E0611]: warp operation not reached by every lane of its warp: in kernel `k`, block (1, 0, 0), thread (16, 0, 0) has finished while thread (0, 0, 0) waits here
# Lanes 16..31 of the first warp of block 1 return early; the other half then shuffles with a full
# mask, which needs every lane. Block 0, where no lane returns, runs fine.
from max.gpu import thread_idx, block_idx, lane_id
from max.gpu.host import DeviceContext
from max.gpu.primitives.warp import shuffle_down


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    var t = thread_idx.x
    if block_idx.x == 1 and lane_id() >= 16:
        return
    var v = shuffle_down(Float32(t), 1)
    p[block_idx.x * 32 + t] = v


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](64)
    ctx.enqueue_function[k](a, grid_dim=2, block_dim=32)
    ctx.synchronize()
    print("not reached")
