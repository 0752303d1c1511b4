# In a `comptime if conforms_to(T, Trait)` branch a generic body may call the trait's methods on a
# T that its bound does not promise (checked with Mojo 1.2).
trait Named:
    def name(self) -> String: ...

trait Aged:
    def age(self) -> Int: ...

@fieldwise_init
struct Person(Named, Aged, Copyable, Writable):
    var n: String
    var a: Int
    def name(self) -> String:
        return self.n
    def age(self) -> Int:
        return self.a

@fieldwise_init
struct Robot(Named, Copyable, Writable):
    var serial: Int
    def name(self) -> String:
        return "RB-" + String(self.serial)

def describe[T: Named](x: T) -> String:
    var s = x.name()
    comptime if conforms_to(T, Aged):
        s += " aged " + String(x.age())
    else:
        s += " (ageless)"
    return s

def kind_of[T: AnyType]() -> String:
    comptime if conforms_to(T, Writable):
        return "writable"
    else:
        return "opaque"

struct Opaque:
    var x: Int
    def __init__(out self):
        self.x = 0

def main():
    print(describe(Person("ann", 33)))
    print(describe(Robot(42)))
    print(kind_of[Person](), kind_of[Opaque](), kind_of[Int]())
# CHECK: ann aged 33
# CHECK: RB-42 (ageless)
# CHECK: writable opaque writable
