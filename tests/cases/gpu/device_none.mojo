# ARGS: --device none
# With no device, `has_accelerator()` is False (as in Mojo on a machine without a GPU) and
# opening a context raises.
from max.gpu.host import DeviceContext
from std.sys import has_accelerator


def main():
    comptime if not has_accelerator():
        print("no accelerator")
    # CHECK: no accelerator
    try:
        var ctx = DeviceContext()
        print(ctx.api())
    except e:
        print("error:", e)
    # CHECK: error: no GPU device: the program was run with `--device none`
