from max.gpu.host import DeviceContext


def k(p: UnsafePointer[Float32, MutAnyOrigin]):
    pass


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[k](a, grid_dim="one", block_dim=4)  # error[E0301]: a launch dimension is an `Int`, a tuple of up to three or a `Dim`, not 'String'
