"""`std.sys`: the program's command-line arguments and its exit."""


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
