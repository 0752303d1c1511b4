# A method that takes the address of its `self` (or of a field of it) gives a pointer to the
# caller's value, which lives as long as the result is used: custom iterators that borrow their
# container, as Mojo 1.2 programs write them.
struct Shelf:
    var titles: List[String]

    def __init__(out self):
        self.titles = List[String]()

    def add(mut self, t: String):
        self.titles.append(t)

    def __iter__(ref self) -> ShelfIter[origin_of(self)]:
        return ShelfIter(Pointer(to=self), 0)

    def first_ptr(self) -> Pointer[List[String], origin_of(self.titles)]:
        return Pointer(to=self.titles)

    def __deinit__(deinit self):
        print("shelf gone")

@fieldwise_init
struct ShelfIter[origin: Origin](Copyable, Iterator):
    comptime Element = String
    var shelf: Pointer[Shelf, Self.origin]
    var i: Int

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> String:
        if self.i >= len(self.shelf[].titles):
            raise StopIteration()
        self.i += 1
        return self.shelf[].titles[self.i - 1]

def count_via(s: Shelf) -> Int:
    var n = 0
    for _ in s:
        n += 1
    return n

def main() raises:
    var s = Shelf()
    s.add("Dune")
    s.add("Emma")
    for t in s:
        print(t)
    print(count_via(s), len(s.first_ptr()[]))
    var more = Shelf()
    more.add("Ulysses")
    var it = more.__iter__()
    print(it.__next__())
    print("end")
    # CHECK: Dune
    # CHECK: Emma
    # CHECK: shelf gone
    # CHECK: 2 2
    # CHECK: shelf gone
    # CHECK: Ulysses
    # CHECK: end
