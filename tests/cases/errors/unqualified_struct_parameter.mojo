# Inside a struct, Mojo 1.2 names the struct's parameters `Self.T`; a bare `T` is an error (older
# Mojo accepted it, and so does legacy mode).
struct Box[T: Copyable & Writable & Deinitable]:
    var items: List[T]  # error[E0201]: unqualified access to struct parameter 'T'; use 'Self.T' instead

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var x: T):  # error[E0201]: unqualified access to struct parameter 'T'
        self.items.append(x^)


def main():
    var b = Box[Int]()
    b.push(1)
    more()


struct Stack[n: Int]:
    var top: Int

    def __init__(out self):
        self.top = 0

    def cap(self) -> Int:
        return n  # error[E0201]: unqualified access to struct parameter 'n'; use 'Self.n' instead


def more():
    print(Stack[4]().cap())
