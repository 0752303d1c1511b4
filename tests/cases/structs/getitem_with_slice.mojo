# A struct's own `__getitem__(self, s: Slice)` receives `x[a:b]` and `x[a:b:c]`; `Slice` has
# optional `start`, `end`, `step` and `indices(n)` (Python's rules), and `Slice(a, b, c)` builds one.
struct Seq:
    var data: List[Int]
    def __init__(out self):
        self.data = [0, 10, 20, 30, 40, 50]
    def __getitem__(self, i: Int) -> Int:
        return self.data[i]
    def __getitem__(self, s: Slice) -> List[Int]:
        var start, end, step = s.indices(len(self.data))
        var out = List[Int]()
        for i in range(start, end, step):
            out.append(self.data[i])
        return out^

def main():
    var s = Seq()
    print(s[2], s[1:4], s[::2], s[4:], s[::-1])
    var sl = Slice(1, 5, 2)
    print(sl.start.value(), sl.end.value(), sl.step.value(), s[sl])

# The expected output, checked against Mojo 1.2:
# CHECK: 20 [10, 20, 30] [0, 20, 40] [40, 50] [50, 40, 30, 20, 10, 0]
# CHECK: 1 5 2 [10, 30]
