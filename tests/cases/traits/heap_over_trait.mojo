# A binary heap over a trait (a priority queue): trait-bound generic struct, swap_elements,
# moving elements in and out, len through Sized.
trait Prioritized(Copyable):
    def priority(self) -> Int: ...


@fieldwise_init
struct Task(Prioritized, Writable):
    var name: String
    var prio: Int

    def priority(self) -> Int:
        return self.prio

    def write_to(self, mut w: Some[Writer]):
        w.write(self.name, "(", self.prio, ")")


struct Heap[T: Prioritized & Writable & Deinitable](Sized):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var x: Self.T):
        self.items.append(x^)
        var i = len(self.items) - 1
        while i > 0:
            var parent = (i - 1) // 2
            if self.items[parent].priority() <= self.items[i].priority():
                break
            self.items.swap_elements(i, parent)
            i = parent

    def pop(mut self) -> Self.T:
        var last = len(self.items) - 1
        self.items.swap_elements(0, last)
        var top = self.items.pop()
        var i = 0
        var n = len(self.items)
        while True:
            var l = 2 * i + 1
            var r = l + 1
            var m = i
            if l < n and self.items[l].priority() < self.items[m].priority():
                m = l
            if r < n and self.items[r].priority() < self.items[m].priority():
                m = r
            if m == i:
                break
            self.items.swap_elements(i, m)
            i = m
        return top^

    def __len__(self) -> Int:
        return len(self.items)


def main():
    var h = Heap[Task]()
    h.push(Task("write", 3))
    h.push(Task("test", 1))
    h.push(Task("ship", 5))
    h.push(Task("plan", 2))
    while len(h) > 0:
        print(h.pop())

# The expected output, checked against Mojo 1.2:
# CHECK: test(1)
# CHECK: plan(2)
# CHECK: write(3)
# CHECK: ship(5)
