# `comptime if is_nvidia_gpu():` in a kernel: each target keeps its own arm (the LLVM backend
# folds the question); the simulator is a GPU of no vendor, and host code runs on no GPU.
from max.gpu import thread_idx
from max.gpu.host import DeviceContext
from std.sys import is_gpu, is_nvidia_gpu, is_amd_gpu


def which(out_: UnsafePointer[Int32, MutAnyOrigin]):
    comptime if is_nvidia_gpu():
        out_[thread_idx.x] = 1
    elif is_amd_gpu():
        out_[thread_idx.x] = 2
    else:
        out_[thread_idx.x] = 3
    if is_gpu():
        out_[thread_idx.x] += 10


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](2)
    ctx.enqueue_function[which](buf, grid_dim=1, block_dim=2)
    with buf.map_to_host() as h:
        print(h[0], h[1])
    # CHECK: 13 13
    print(is_gpu(), is_nvidia_gpu(), is_amd_gpu())
    # CHECK: False False False
