"""The device side of `max.gpu`: what a kernel uses to know where it runs and to work with the
other threads of its block and warp. `thread_idx`, `block_idx`, `block_dim`, `grid_dim` and
`global_idx` (`.x`, `.y`, `.z`, each an `Int`) and `stack_allocation` for shared memory are built
into the compiler; the rest is written here over a few intrinsics."""

comptime WARP_SIZE = 32
"""Threads in a warp (as on NVIDIA GPUs and the `sim` device)."""


def barrier():
    """Wait until every thread of the block has reached this barrier."""
    __intrinsic_barrier()


def syncwarp():
    """Wait until every lane of the warp has reached this point (and see what they wrote)."""
    _ = __intrinsic_warp_shuffle(4, Int32(0), 0)


def lane_id() -> Int:
    """This thread's lane in its warp (0 to `WARP_SIZE - 1`)."""
    return __intrinsic_gpu_id(5, 0)


def warp_id() -> Int:
    """This thread's warp in its block."""
    var linear = thread_idx.x + block_dim.x * (thread_idx.y + block_dim.y * thread_idx.z)
    return linear // WARP_SIZE


def shuffle_down[dtype: DType, width: Int, //](val: SIMD[dtype, width], offset: UInt32) -> SIMD[dtype, width]:
    """The value of the lane `offset` lanes above this one (this lane's own value where there is
    none)."""
    return __intrinsic_warp_shuffle(0, val, Int(offset))


def shuffle_up[dtype: DType, width: Int, //](val: SIMD[dtype, width], offset: UInt32) -> SIMD[dtype, width]:
    """The value of the lane `offset` lanes below this one (this lane's own value where there is
    none)."""
    return __intrinsic_warp_shuffle(1, val, Int(offset))


def shuffle_xor[dtype: DType, width: Int, //](val: SIMD[dtype, width], offset: UInt32) -> SIMD[dtype, width]:
    """The value of the lane whose index is this one's XOR `offset`."""
    return __intrinsic_warp_shuffle(2, val, Int(offset))


def shuffle_idx[dtype: DType, width: Int, //](val: SIMD[dtype, width], offset: UInt32) -> SIMD[dtype, width]:
    """The value of lane `offset`."""
    return __intrinsic_warp_shuffle(3, val, Int(offset))


def _warp_reduce[dtype: DType, width: Int, //, op: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """A reduction over the lanes of the warp, by a butterfly of shuffles: every lane gets the
    result. `op`: 0 sum, 1 max, 2 min."""
    var v = val
    var offset = WARP_SIZE // 2
    while offset > 0:
        var other = shuffle_xor(v, UInt32(offset))
        comptime if op == 0:
            v += other
        elif op == 1:
            v = max(v, other)
        else:
            v = min(v, other)
        offset //= 2
    return v


def _warp_sum[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`warp.sum`: the sum of `val` over the lanes of the warp, in every lane."""
    return _warp_reduce[0](val)


def _warp_max[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`warp.max`: the largest `val` of the warp's lanes, in every lane."""
    return _warp_reduce[1](val)


def _warp_min[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`warp.min`: the smallest `val` of the warp's lanes, in every lane."""
    return _warp_reduce[2](val)


def _warp_broadcast[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`warp.broadcast`: lane 0's value, in every lane."""
    return shuffle_idx(val, 0)


def _block_reduce[dtype: DType, width: Int, //, op: Int, block_size: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """A reduction over every thread of the block, through shared memory (one slot per warp):
    each warp reduces with shuffles, then the first warp reduces the warps' results. Every
    thread gets the result. `op`: 0 sum, 1 max, 2 min."""
    comptime warps = (block_size + WARP_SIZE - 1) // WARP_SIZE
    var partial = stack_allocation[warps, SIMD[dtype, width], address_space=AddressSpace.SHARED]()
    var v = _warp_reduce[op](val)
    if lane_id() == 0:
        partial[warp_id()] = v
    barrier()
    if warp_id() == 0:
        var w = partial[lane_id() % warps]
        # (For a sum the lanes past the last warp add nothing; for max and min they repeat one.)
        comptime if op == 0:
            if lane_id() >= warps:
                w = SIMD[dtype, width](0)
        w = _warp_reduce[op](w)
        if lane_id() == 0:
            partial[0] = w
    barrier()
    var result = partial[0]
    barrier()
    return result


def _block_sum[dtype: DType, width: Int, //, *, block_size: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`block.sum[block_size=n](v)`: the sum of `v` over the block's `n` threads, in every thread."""
    return _block_reduce[0, block_size](val)


def _block_max[dtype: DType, width: Int, //, *, block_size: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`block.max[block_size=n](v)`: the largest `v` of the block, in every thread."""
    return _block_reduce[1, block_size](val)


def _block_min[dtype: DType, width: Int, //, *, block_size: Int](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """`block.min[block_size=n](v)`: the smallest `v` of the block, in every thread."""
    return _block_reduce[2, block_size](val)


struct AddressSpace:
    """The memory a pointer points into on a GPU (`stack_allocation[..., address_space=...]`)."""

    comptime GENERIC = 0
    comptime GLOBAL = 1
    comptime SHARED = 3
    comptime CONSTANT = 4
    comptime LOCAL = 5


struct Atomic[T: AnyType]:
    """Atomic read-modify-write operations on the value a pointer points to
    (`Atomic[Int32].fetch_add(p, 1)`): each happens as one step, even when many GPU threads
    update the same place."""

    @staticmethod
    def fetch_add(ptr: UnsafePointer[Self.T], rhs: Self.T) -> Self.T:
        """Add `rhs` to `ptr[]`; the value before."""
        return __intrinsic_atomic_rmw(0, ptr, rhs)

    @staticmethod
    def fetch_sub(ptr: UnsafePointer[Self.T], rhs: Self.T) -> Self.T:
        """Subtract `rhs` from `ptr[]`; the value before."""
        return __intrinsic_atomic_rmw(1, ptr, rhs)

    @staticmethod
    def max(ptr: UnsafePointer[Self.T], rhs: Self.T):
        """Make `ptr[]` the larger of it and `rhs`."""
        _ = __intrinsic_atomic_rmw(13, ptr, rhs)

    @staticmethod
    def min(ptr: UnsafePointer[Self.T], rhs: Self.T):
        """Make `ptr[]` the smaller of it and `rhs`."""
        _ = __intrinsic_atomic_rmw(12, ptr, rhs)

    @staticmethod
    def exchange(ptr: UnsafePointer[Self.T], rhs: Self.T) -> Self.T:
        """Store `rhs` in `ptr[]`; the value before."""
        return __intrinsic_atomic_rmw(100, ptr, rhs)
