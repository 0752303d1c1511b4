# A field of a variable is the variable's value: copying a trivial struct out of it needs
# ImplicitlyCopyable too (as Mojo 1.2 checks), and `.copy()` is the explicit way.
@fieldwise_init
struct Inner(Copyable):
    var v: Int

@fieldwise_init
struct Outer(Copyable):
    var inner: Inner

    def get(self) -> Inner:
        return self.inner  # error[E0317]: cannot be implicitly copied

def main():
    var a = Outer(Inner(1))
    var c = a.inner  # error[E0317]: cannot be implicitly copied
    var xs = List[Inner]()
    xs.append(a.inner)  # error[E0317]: cannot be implicitly copied
    var d = a.inner.copy()
    print(c.v, d.v, len(xs))
