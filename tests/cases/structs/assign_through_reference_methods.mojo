# A method returning a reference to a field of self (`return self.n`), or to an element
# (`return self.n[i]`), can be assigned through and bound with `ref` (checked with Mojo 1.2).
struct Counter:
    var n: Int
    def __init__(out self):
        self.n = 0
    def slot(ref self) -> ref [self.n] Int:
        return self.n

def main_field():
    var c = Counter()
    c.slot() += 4
    c.slot() = c.slot() * 10
    ref r = c.slot()
    r += 1
    print(c.n)

struct Slots:
    var n: List[Int]
    def __init__(out self):
        self.n = [0, 0]
    def slot(mut self, i: Int) -> ref [self.n[0]] Int:
        return self.n[i]

def main_element():
    var c = Slots()
    ref r = c.slot(1)
    r += 1
    c.slot(0) = 7
    print(c.n)

def main():
    main_field()
    main_element()
    # CHECK: 41
    # CHECK: [7, 1]
