"""`std.random`: pseudo-random numbers from one generator per program (xoshiro256**, seeded by
SplitMix64; see `lang/src/random.rs`). A program that never calls `seed` gets the same numbers on
every run; `seed(a)` starts a repeatable sequence, `seed()` one from the time of day."""

def seed():
    """Seed the generator from the time of day."""
    __intrinsic_random_seed_time()


def seed(a: Int):
    """Seed the generator: the same seed gives the same numbers."""
    __intrinsic_random_seed(a)


def _unit() -> Float64:
    """A uniform `Float64` in `[0, 1)` (53 random bits)."""
    var bits = __intrinsic_random_next()
    return Float64((bits >> 11) & 0x1F_FFFF_FFFF_FFFF) * (1.0 / 9007199254740992.0)


def _below(n: Int) -> Int:
    """A uniform `Int` in `[0, n)` for `n > 0` (unbiased: rejects the short last range)."""
    var limit = (0x7FFF_FFFF_FFFF_FFFF // n) * n
    while True:
        var r = (__intrinsic_random_next() >> 1) & 0x7FFF_FFFF_FFFF_FFFF
        if r < limit:
            return r % n


def _between(low: Int, high: Int) -> Int:
    """A uniform `Int` in `[low, high]` (both included)."""
    if high <= low:
        return low
    var span = high - low + 1
    if span <= 0:
        # The whole range of `Int`.
        return __intrinsic_random_next()
    return low + _below(span)


def random_float64(min: Float64 = 0, max: Float64 = 1) -> Float64:
    """A uniform `Float64` in `[min, max)`."""
    return min + (max - min) * _unit()


def random_si64(min: Int64, max: Int64) -> Int64:
    """A uniform `Int64` in `[min, max]`."""
    return Int64(_between(Int(min), Int(max)))


def random_ui64(min: UInt64, max: UInt64) -> UInt64:
    """A uniform `UInt64` in `[min, max]` (values below 2**63)."""
    return UInt64(_between(Int(min), Int(max)))


def randn_float64(mean: Float64 = 0, standard_deviation: Float64 = 1) -> Float64:
    """A normally distributed `Float64` (Box-Muller)."""
    var u = 1.0 - _unit()
    var v = _unit()
    return mean + standard_deviation * sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v)


def randint[dtype: DType](ptr: UnsafePointer[Scalar[dtype]], size: Int, low: Int, high: Int):
    """Fill `size` values at `ptr` with uniform integers in `[low, high]`."""
    for i in range(size):
        ptr[i] = Scalar[dtype](_between(low, high))


def rand[dtype: DType](ptr: UnsafePointer[Scalar[dtype]], size: Int, /, *, min: Float64 = 0, max: Float64 = 1):
    """Fill `size` values at `ptr` with uniform numbers in `[min, max)` (for an integer dtype,
    rounded down)."""
    for i in range(size):
        ptr[i] = Scalar[dtype](random_float64(min, max))


def randn[dtype: DType](ptr: UnsafePointer[Scalar[dtype]], size: Int, mean: Float64 = 0, standard_deviation: Float64 = 1):
    """Fill `size` values at `ptr` with normally distributed numbers."""
    for i in range(size):
        ptr[i] = Scalar[dtype](randn_float64(mean, standard_deviation))


def shuffle[T: Copyable](mut list: List[T]):
    """Put the elements of `list` in a uniformly random order (Fisher-Yates)."""
    var i = len(list) - 1
    while i > 0:
        var j = _below(i + 1)
        if j != i:
            list.swap_elements(i, j)
        i -= 1
