"""Standard input and Mojo 1.2's iterator protocol: `input(prompt)` and `StopIteration`. Loaded
when a program names them."""


def input(prompt: String = "") raises -> String:
    """A line of standard input without its newline, after writing `prompt`. Raises "EOF" when
    the input ends before a newline (as Mojo 1.2 does, even after some characters)."""
    print(prompt, end="")
    var line = __intrinsic_read_line()
    var n = line.byte_length()
    if n == 0 or __intrinsic_str_byte(line, n - 1) != 10:
        raise Error("EOF")
    return __intrinsic_str_slice(line, 0, n - 1)


struct StopIteration(Copyable, Movable, Writable):
    """What an iterator's `__next__` raises when it has no more elements (Mojo 1.2's iterator
    protocol): a `for` loop over the iterator ends there."""

    def __init__(out self):
        pass

    def write_to(self, mut writer: Some[Writer]):
        writer.write("StopIteration")
