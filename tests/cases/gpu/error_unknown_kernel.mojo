from max.gpu.host import DeviceContext


def main() raises:
    var ctx = DeviceContext()
    ctx.enqueue_function[missing](grid_dim=1, block_dim=4)  # error[E0201]: no kernel function named 'missing'
