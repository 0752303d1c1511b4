"""`std.time`: a monotonic clock, for measuring how long things take."""


def perf_counter_ns() -> Int:
    """Nanoseconds of a monotonic clock: only differences between two readings mean anything."""
    return __intrinsic_perf_counter_ns()


def perf_counter() -> Float64:
    """`perf_counter_ns()` in seconds."""
    return Float64(__intrinsic_perf_counter_ns()) / 1e9


def monotonic() -> Int:
    """Nanoseconds of a monotonic clock (the same clock as `perf_counter_ns`)."""
    return __intrinsic_perf_counter_ns()
