# As in Mojo 1.2, `len` takes a `Sized` value: a struct with `__len__` must declare `Sized`.
struct Bag:
    var n: Int

    def __init__(out self):
        self.n = 3

    def __len__(self) -> Int:
        return self.n


def main():
    print(len(Bag()))  # error[E0301]: 'Bag' does not conform to trait 'Sized'
