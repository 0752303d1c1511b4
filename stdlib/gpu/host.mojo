"""The host side of `max.gpu.host`: a `DeviceContext` opens a GPU (CUDA, HIP, or the `sim`
device that runs kernels on the CPU), makes buffers in its memory, copies between them and the
host, and launches kernels (`ctx.enqueue_function[kernel](...)`, built into the compiler). Work
is done in order, so a copy after a launch sees the launch's results; `synchronize` waits for
everything enqueued."""


struct Dim(ImplicitlyCopyable):
    """A launch dimension: `grid_dim=Dim(64, 32)` (missing axes are 1)."""

    var x: Int
    var y: Int
    var z: Int

    def __init__(out self, x: Int, y: Int = 1, z: Int = 1):
        self.x = x
        self.y = y
        self.z = z


def _gpu_check(status: Int) raises:
    if status != 0:
        raise Error(__intrinsic_gpu_error())


struct DeviceContext(ImplicitlyCopyable):
    """A GPU, opened by its API: `DeviceContext()` takes the best one present (the `--device`
    option chooses), `DeviceContext(api="sim")` the simulator."""

    var _handle: Int

    def __init__(out self, api: String = "") raises:
        var h = __intrinsic_gpu_open(api)
        if h < 0:
            raise Error(__intrinsic_gpu_error())
        self._handle = h

    def name(self) -> String:
        return __intrinsic_gpu_name(self._handle)

    def api(self) -> String:
        return __intrinsic_gpu_api(self._handle)

    @staticmethod
    def number_of_devices(api: String = "") -> Int:
        return 1

    def synchronize(self) raises:
        __intrinsic_gpu_sync(self._handle)

    def enqueue_create_buffer[dtype: DType](self, size: Int) raises -> DeviceBuffer[dtype]:
        return DeviceBuffer[dtype](self, size)

    def enqueue_create_host_buffer[dtype: DType](self, size: Int) raises -> HostBuffer[dtype]:
        return HostBuffer[dtype](size)

    def enqueue_copy[dtype: DType](self, dst_buf: DeviceBuffer[dtype], src_buf: HostBuffer[dtype]) raises:
        dst_buf._write_from(src_buf._ptr, min(len(dst_buf), len(src_buf)))

    def enqueue_copy[dtype: DType](self, dst_buf: HostBuffer[dtype], src_buf: DeviceBuffer[dtype]) raises:
        src_buf._read_into(dst_buf._ptr, min(len(dst_buf), len(src_buf)))

    def enqueue_copy[dtype: DType](self, dst_buf: DeviceBuffer[dtype], src_buf: DeviceBuffer[dtype]) raises:
        var n = min(len(dst_buf), len(src_buf)) * size_of[Scalar[dtype]]()
        _gpu_check(__intrinsic_gpu_copy(self._handle, dst_buf._addr, src_buf._addr, n))

    def enqueue_copy[dtype: DType](self, dst_buf: DeviceBuffer[dtype], src_ptr: UnsafePointer[Scalar[dtype]]) raises:
        dst_buf._write_from(src_ptr, len(dst_buf))

    def enqueue_copy[dtype: DType](self, dst_ptr: UnsafePointer[Scalar[dtype]], src_buf: DeviceBuffer[dtype]) raises:
        src_buf._read_into(dst_ptr, len(src_buf))


struct DeviceBuffer[dtype: DType](ImplicitlyCopyable, Movable, Sized):
    """`size` values of `dtype` in a GPU's memory. The host reaches them through copies and
    `map_to_host`; a kernel through `unsafe_ptr()` (or the buffer itself, given for a pointer
    parameter). Copies of a buffer share its memory, which is freed with the last one."""

    var _ctx: Int
    var _addr: Int
    var _size: Int
    var _owners: UnsafePointer[Int]

    def __init__(out self, ctx: DeviceContext, size: Int) raises:
        self._ctx = ctx._handle
        self._size = size
        var a = __intrinsic_gpu_alloc(ctx._handle, max(size, 0) * size_of[Scalar[Self.dtype]]())
        if a < 0:
            raise Error(__intrinsic_gpu_error())
        self._addr = a
        self._owners = alloc[Int](1)
        self._owners[] = 1

    def __init__(out self, *, copy: Self):
        self._ctx = copy._ctx
        self._addr = copy._addr
        self._size = copy._size
        self._owners = copy._owners
        self._owners[] += 1

    def copy(self) -> Self:
        return Self(copy=self)

    def __del__(deinit self):
        self._owners[] -= 1
        if self._owners[] == 0:
            _ = __intrinsic_gpu_free(self._ctx, self._addr)
            self._owners.free()

    def __len__(self) -> Int:
        return self._size

    def unsafe_ptr(self) -> UnsafePointer[Scalar[Self.dtype]]:
        """The buffer's device address (for kernels: the host cannot read through it)."""
        return UnsafePointer[Scalar[Self.dtype]](self._addr)

    def _write_from(self, src: UnsafePointer[Scalar[Self.dtype]], n: Int) raises:
        var bytes = n * size_of[Scalar[Self.dtype]]()
        _gpu_check(__intrinsic_gpu_write(self._ctx, self._addr, Int(src), bytes))

    def _read_into(self, dst: UnsafePointer[Scalar[Self.dtype]], n: Int) raises:
        var bytes = n * size_of[Scalar[Self.dtype]]()
        _gpu_check(__intrinsic_gpu_read(self._ctx, Int(dst), self._addr, bytes))

    def enqueue_fill(self, value: Scalar[Self.dtype]) raises:
        """Set every value of the buffer to `value`."""
        var tmp = HostBuffer[Self.dtype](self._size)
        tmp.enqueue_fill(value)
        self._write_from(tmp._ptr, self._size)

    def enqueue_copy_to(self, dst: HostBuffer[Self.dtype]) raises:
        self._read_into(dst._ptr, min(self._size, len(dst)))

    def enqueue_copy_from(self, src: HostBuffer[Self.dtype]) raises:
        self._write_from(src._ptr, min(self._size, len(src)))

    def enqueue_copy_to(self, dst: DeviceBuffer[Self.dtype]) raises:
        var n = min(self._size, len(dst)) * size_of[Scalar[Self.dtype]]()
        _gpu_check(__intrinsic_gpu_copy(self._ctx, dst._addr, self._addr, n))

    def map_to_host(self) raises -> _HostMapping[Self.dtype]:
        """The buffer's values on the host for a `with` block: copied there when it starts, and
        back to the device when it ends."""
        return _HostMapping[Self.dtype](self)


struct HostBuffer[dtype: DType](Movable, Sized):
    """`size` values of `dtype` in host memory, for copies to and from a GPU; indexed as a list."""

    var _ptr: UnsafePointer[Scalar[Self.dtype]]
    var _size: Int
    var _owned: Bool

    def __init__(out self, size: Int):
        self._size = max(size, 0)
        self._ptr = alloc[Scalar[Self.dtype]](max(size, 1))
        self._owned = True

    def __init__(out self, *, _view: UnsafePointer[Scalar[Self.dtype]], size: Int):
        self._ptr = _view
        self._size = size
        self._owned = False

    def __del__(deinit self):
        if self._owned:
            self._ptr.free()

    def __len__(self) -> Int:
        return self._size

    def __getitem__(self, i: Int) -> Scalar[Self.dtype]:
        return self._ptr[i]

    def __setitem__(mut self, i: Int, value: Scalar[Self.dtype]):
        self._ptr[i] = value

    def unsafe_ptr(self) -> UnsafePointer[Scalar[Self.dtype]]:
        return self._ptr

    def enqueue_fill(self, value: Scalar[Self.dtype]):
        for i in range(self._size):
            self._ptr[i] = value


struct _HostMapping[dtype: DType]:
    """What `DeviceBuffer.map_to_host()` gives a `with` statement."""

    var _buf: DeviceBuffer[Self.dtype]
    var _host: UnsafePointer[Scalar[Self.dtype]]

    def __init__(out self, buf: DeviceBuffer[Self.dtype]):
        self._buf = buf
        self._host = alloc[Scalar[Self.dtype]](max(len(buf), 1))

    def __enter__(self) raises -> HostBuffer[Self.dtype]:
        self._buf._read_into(self._host, len(self._buf))
        return HostBuffer[Self.dtype](_view=self._host, size=len(self._buf))

    def __exit__(self) raises:
        self._buf._write_from(self._host, len(self._buf))

    def __del__(deinit self):
        self._host.free()
