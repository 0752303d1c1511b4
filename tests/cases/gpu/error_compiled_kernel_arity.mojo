from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin], n: Int32):
    pass


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float32](4)
    var f = ctx.compile_function[k]()
    ctx.enqueue_function(f, buf, grid_dim=1, block_dim=4)  # error[E0302]: the kernel takes 2 argument(s), but 1 were given
