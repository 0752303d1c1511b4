from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]) raises:
    raise Error("no")


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](a, grid_dim=1, block_dim=4)  # error[E0301]: kernel 'k' must not raise or return a value
