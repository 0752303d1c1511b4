"""`Slice`, for a struct's own `__getitem__(self, s: Slice)`. Loaded when a program names it."""


struct Slice(Copyable):
    """Mojo 1.2's `Slice`: optional start, end and step, as a struct's own `__getitem__(self, s:
    Slice)` receives `x[a:b:c]` (converted from the slices the compiler builds)."""

    var start: Optional[Int]
    var end: Optional[Int]
    var step: Optional[Int]

    def __init__(out self, start: Int, end: Int):
        self.start = start
        self.end = end
        self.step = None

    def __init__(out self, start: Int, end: Int, step: Int):
        self.start = start
        self.end = end
        self.step = step

    @implicit
    def __init__(out self, s: ContiguousSlice):
        self.start = Optional[Int](s.start) if s.has_start else Optional[Int]()
        self.end = Optional[Int](s.end) if s.has_end else Optional[Int]()
        self.step = None

    @implicit
    def __init__(out self, s: StridedSlice):
        self.start = Optional[Int](s.start) if s.has_start else Optional[Int]()
        self.end = Optional[Int](s.end) if s.has_end else Optional[Int]()
        self.step = s.step

    def indices(self, length: Int) -> Tuple[Int, Int, Int]:
        """`(start, end, step)` for a sequence of `length`, as Python computes them: negative
        positions count from the end, and the bounds are clipped."""
        var step = self.step.value() if self.step else 1
        var lo = -1 if step < 0 else 0
        var hi = length - 1 if step < 0 else length
        var start = hi if step < 0 else lo
        if self.start:
            start = self.start.value()
            start = start + length if start < 0 else start
            start = max(lo, min(start, hi))
        var end = lo if step < 0 else hi
        if self.end:
            end = self.end.value()
            end = end + length if end < 0 else end
            end = max(lo, min(end, hi))
        return (start, end, step)
