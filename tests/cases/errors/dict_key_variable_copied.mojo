# A variable of a struct that is not ImplicitlyCopyable used as a key to store would be copied:
# Mojo 1.2 wants `.copy()` or a transfer.
@fieldwise_init
struct P(Copyable, Hashable, Equatable):
    var x: Int

def main() raises:
    var d = Dict[P, Int]()
    var p = P(1)
    d[p] = 5  # error[E0317]: cannot be implicitly copied
    print(d[p])
