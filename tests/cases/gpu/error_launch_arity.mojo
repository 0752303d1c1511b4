from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin], q: UnsafePointer[Float32, MutAnyOrigin]):
    pass


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=4)  # error[E0302]: kernel 'k' takes 2 argument(s), but 1 were given
