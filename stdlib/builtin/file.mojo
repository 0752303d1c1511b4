"""Files: `open(path, mode)` gives a `FileHandle` (`read`, `write`, `close`, and `with` closes
it). Loaded when a program names `open` or `FileHandle`. A handle not closed stays open until
the program ends."""


@fieldwise_init
struct FileHandle(ImplicitlyCopyable, Movable):
    """An open file; copies refer to the same file (closing one closes it)."""

    var _handle: Int

    def __init__(out self, path: String, mode: String) raises:
        self._handle = __intrinsic_file_open(path, mode)
        if self._handle < 0:
            raise Error(__intrinsic_file_error())

    def read(self, size: Int = -1) raises -> String:
        """Up to `size` bytes from the current position (the rest of the file by default)."""
        var text = __intrinsic_file_read(self._handle, size)
        var err = __intrinsic_file_error()
        if err.byte_length() > 0:
            raise Error(err)
        return text^

    def read_bytes(self, size: Int = -1) raises -> List[UInt8]:
        """Up to `size` bytes from the current position (the rest of the file by default), as
        they are."""
        var out = List[UInt8]()
        var left = size
        while left != 0:
            var n = 1 << 16 if left < 0 else min(left, 1 << 16)
            var at = len(out)
            out.resize(at + n, 0)
            var got = __intrinsic_file_read_bytes(self._handle, out.unsafe_ptr() + at, n)
            if got < 0:
                raise Error(__intrinsic_file_error())
            out.resize(at + got, 0)
            if got < n:
                break
            if left > 0:
                left -= got
        return out^

    def write[*Ts: Writable](self, *args: *Ts) raises:
        """Write the values one after another, like `print` without separators."""
        var text = String()
        comptime for i in range(args.__len__()):
            text += String(args[i])
        if __intrinsic_file_write(self._handle, text) < 0:
            raise Error(__intrinsic_file_error())

    def close(mut self) raises:
        _ = __intrinsic_file_close(self._handle)

    def __enter__(self) -> Self:
        return self

    def __exit__(mut self):
        _ = __intrinsic_file_close(self._handle)


def open(path: String, mode: String) raises -> FileHandle:
    """Open `path`: mode `"r"` reads, `"w"` writes (from empty), `"a"` appends, `"rw"` both."""
    return FileHandle(path, mode)
