from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    pass


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=4, threads=3)  # error[E0303]: 'enqueue_function' has no keyword 'threads'
