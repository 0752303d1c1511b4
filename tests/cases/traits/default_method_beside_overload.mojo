# A default method is added to a struct that overloads its name with other arguments (checked
# with Mojo 1.2).
trait Greeter:
    def greet(self) -> String:
        return "hi"

@fieldwise_init
struct G(Greeter, Copyable):
    var n: Int
    def greet(self, loud: Bool) -> String:
        return "HI" if loud else "hi"

def say[T: Greeter](g: T):
    print(g.greet())

def main():
    say(G(1))
    say(G(2))
    print(G(3).greet(True))
    # CHECK: hi
    # CHECK: hi
    # CHECK: HI
