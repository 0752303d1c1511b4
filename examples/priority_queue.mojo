"""A binary-heap priority queue over any type with an ordering (`__lt__`), used to schedule
tasks by priority and then to sort numbers (heap sort)."""


trait Ordered(Copyable, Deinitable):
    def __lt__(self, other: Self) -> Bool:
        ...


struct Heap[T: Ordered](Sized):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def __len__(self) -> Int:
        return len(self.items)

    def push(mut self, var item: Self.T):
        self.items.append(item^)
        var i = len(self.items) - 1
        while i > 0:
            var parent = (i - 1) // 2
            if not (self.items[i] < self.items[parent]):
                break
            self._swap(i, parent)
            i = parent

    def pop(mut self) -> Self.T:
        var last = len(self.items) - 1
        self._swap(0, last)
        var top = self.items.pop()
        var i = 0
        while True:
            var left = 2 * i + 1
            var right = left + 1
            var smallest = i
            if left < len(self.items) and self.items[left] < self.items[smallest]:
                smallest = left
            if right < len(self.items) and self.items[right] < self.items[smallest]:
                smallest = right
            if smallest == i:
                return top^
            self._swap(i, smallest)
            i = smallest

    def _swap(mut self, a: Int, b: Int):
        var t = self.items[a].copy()
        self.items[a] = self.items[b].copy()
        self.items[b] = t^


@fieldwise_init
struct Task(Ordered, Writable):
    var priority: Int
    var name: String

    def __lt__(self, other: Self) -> Bool:
        return self.priority < other.priority


@fieldwise_init
struct Num(Ordered):
    var v: Int

    def __lt__(self, other: Self) -> Bool:
        return self.v < other.v


def main():
    var tasks = Heap[Task]()
    tasks.push(Task(3, "write tests"))
    tasks.push(Task(1, "fix the build"))
    tasks.push(Task(2, "review"))
    tasks.push(Task(5, "refactor"))
    while len(tasks) > 0:
        var t = tasks.pop()
        print(t.priority, t.name)
    # CHECK: 1 fix the build
    # CHECK: 2 review
    # CHECK: 3 write tests
    # CHECK: 5 refactor
    var h = Heap[Num]()
    for x in [9, 4, 7, 1, 8, 2]:
        h.push(Num(x))
    var out = List[Int]()
    while len(h) > 0:
        out.append(h.pop().v)
    print(out)
    # CHECK: [1, 2, 4, 7, 8, 9]
