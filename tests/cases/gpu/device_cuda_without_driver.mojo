# ARGS: --device cuda
# On a machine without the CUDA driver (as in CI), asking for the `cuda` device is a clear
# error the program can catch, not a crash.
from max.gpu.host import DeviceContext


def main():
    try:
        var ctx = DeviceContext()
        print("opened", ctx.api())
    except e:
        print(e)
# CHECK: no CUDA driver found (libcuda.so is not installed): run with `--device sim` to simulate the GPU
