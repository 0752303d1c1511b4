@fieldwise_init
struct Bag(Copyable):
    var items: List[Int]

def main():
    var a = Bag([1, 2])
    var b = a  # error[E0317]: cannot be implicitly copied
    print(len(a.items), len(b.items))
