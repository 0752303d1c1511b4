# A field whose type holds a type parameter by value needs that parameter to be destructible:
# Mojo 1.2 checks it where the struct is declared, used or not. Copyable, Movable,
# ImplicitlyCopyable or KeyElement do not imply Deinitable.
struct Box[T: Copyable]:
    var v: Self.T  # error[E0301]: field 'v' has non-'Deinitable' type 'T'

struct Stack[T: Copyable & Movable]:
    var items: List[Self.T]  # error[E0301]: field 'items' has non-'Deinitable' type 'List[T]'

    def __init__(out self):
        self.items = List[Self.T]()

struct Table[K: KeyElement, V: Copyable & Deinitable]:
    var size: Int
    var d: Dict[Self.K, Self.V]  # error[E0301]: field 'd' has non-'Deinitable' type 'Dict[K, V]'

def main():
    print("unreached")
