# `for ref` needs an iterator that gives references; one whose `__next__` returns values is
# reported (Mojo 1.2: "value of type 'Int' doesn't have a memory origin in 'ref' binding").
@fieldwise_init
struct Counting(Copyable):
    var i: Int
    var n: Int

    def __iter__(self) -> Self:
        return self.copy()

    def __has_next__(self) -> Bool:
        return self.i < self.n

    def __next__(mut self) -> Int:
        self.i += 1
        return self.i - 1


def main():
    var c = Counting(0, 3)
    for ref k in c:  # error[E0314]: `for ref` needs references to the elements
        print(k)
