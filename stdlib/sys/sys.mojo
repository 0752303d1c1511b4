"""`std.sys`: the program's command-line arguments and its exit, and the machine it runs on
(`size_of`, `simd_width_of` and the other compile-time questions are the compiler's:
`lang/src/check/type_queries.rs`)."""


def argv() -> List[String]:
    """The program's command-line arguments: its own path, then what follows it on the
    `mojo-like run FILE.mojo ARGS...` line."""
    var out = List[String]()
    for i in range(__intrinsic_arg_count()):
        out.append(__intrinsic_arg(i))
    return out^


def exit(code: Int = 0):
    """End the program now with exit status `code` (what it printed is written first; no
    destructor runs)."""
    __intrinsic_exit(code)


def num_logical_cores() -> Int:
    """How many threads the machine runs at once."""
    return __intrinsic_cores()


def num_physical_cores() -> Int:
    """The machine's cores (counted as `num_logical_cores`: the operating system's count of the
    threads it can run at once)."""
    return __intrinsic_cores()


def num_performance_cores() -> Int:
    """The machine's performance cores (all of them, as `num_physical_cores` counts)."""
    return __intrinsic_cores()


def has_accelerator() -> Bool:
    """Whether a device is there to run kernels: a GPU, or else the `sim` device, which runs them
    on the CPU (`--device none` says there is none, as Mojo says on a machine without a GPU)."""
    return __intrinsic_gpu_available()


def is_gpu() -> Bool:
    """Whether the code runs on a GPU: in a kernel (on every device, the simulator too), not in
    host code. `comptime if is_gpu():` in a kernel keeps every arm checked and lets each target
    keep its own."""
    return __intrinsic_gpu_target(0)


def is_nvidia_gpu() -> Bool:
    """Whether the code is compiled for an NVIDIA GPU (never on the simulator or the host)."""
    return __intrinsic_gpu_target(1)


def is_amd_gpu() -> Bool:
    """Whether the code is compiled for an AMD GPU (never on the simulator or the host)."""
    return __intrinsic_gpu_target(2)


@deprecated("Use `Endian.native() == .little` instead.")
def is_little_endian() -> Bool:
    return True


@deprecated("Use `Endian.native() == .big` instead.")
def is_big_endian() -> Bool:
    return False
