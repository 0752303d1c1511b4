# A `mut self` method given its own receiver (or a part of it) again is rejected.
@fieldwise_init
struct Bag(Copyable):
    var items: List[Int]

    def add_all(mut self, xs: List[Int]):
        for x in xs:
            self.items.append(x)

def main():
    var b = Bag([1, 2])
    b.add_all(b.items)  # error[E0318]: passed mutably to 'self' argument and passed immutably to 'xs'
