# A struct without ImplicitlyCopyable is not copied implicitly, even when its fields are all
# trivial (Mojo 1.2): a new variable, a `var` argument, an element read and a return copy it.
@fieldwise_init
struct V(Copyable):
    var x: Int

def make() -> V:
    var a = V(1)
    return a  # error[E0317]: value of type 'V' cannot be implicitly copied

def main():
    var a = V(1)
    var c = a  # error[E0317]: cannot be implicitly copied
    var xs = List[V]()
    xs.append(a)  # error[E0317]: cannot be implicitly copied
    var e = xs[0]  # error[E0317]: cannot be implicitly copied
