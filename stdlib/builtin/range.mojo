"""`range(...)` as a value (`var r = range(2, 8, 2)`, `len(range(n))`, `reversed(range(n))`). A
`for i in range(...)` loop does not use it: the compiler counts such a loop itself."""


@fieldwise_init
struct _Range(Copyable, Sized):
    var start: Int
    var end: Int
    var step: Int

    def __len__(self) -> Int:
        if self.step > 0 and self.end > self.start:
            return (self.end - self.start + self.step - 1) // self.step
        if self.step < 0 and self.end < self.start:
            return (self.start - self.end - self.step - 1) // -self.step
        return 0

    def __getitem__(self, i: Int) -> Int:
        return self.start + i * self.step

    def __iter__(self) -> _RangeIter:
        return _RangeIter(self.start, len(self), self.step)

    def __reversed__(self) -> _Range:
        var n = len(self)
        var last = self.start + (n - 1) * self.step
        return _Range(last, last - n * self.step, -self.step)


@fieldwise_init
struct _RangeIter(Copyable):
    var next: Int
    var left: Int
    var step: Int

    def __has_next__(self) -> Bool:
        return self.left > 0

    def __next__(mut self) -> Int:
        var v = self.next
        self.next += self.step
        self.left -= 1
        return v


def _range(end: Int) -> _Range:
    return _Range(0, end, 1)


def _range(start: Int, end: Int) -> _Range:
    return _Range(start, end, 1)


def _range(start: Int, end: Int, step: Int) -> _Range:
    return _Range(start, end, step)
