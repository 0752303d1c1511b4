# A struct variable ends at `x^` even when its fields are all trivial (Mojo 1.2 rejects the use).
@fieldwise_init
struct P(Copyable, Movable):
    var n: Int

def main():
    var a = P(1)
    var b = a^
    print(b.n)
    print(a.n)  # error[E0306]: use of uninitialized value 'a'
