trait Named:
    def name(self) -> String:
        ...

@fieldwise_init
struct Anon(Copyable):
    var id: Int

def greet[T: Named](x: T) -> String:
    return "hi " + x.name()

def main():
    print(greet(Anon(1)))  # error[E0316]: 'Anon' does not conform to trait 'Named'
