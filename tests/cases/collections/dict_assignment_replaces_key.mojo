# Assigning to an existing key replaces the stored key too (equal keys may differ in other fields),
# as Mojo 1.2's Dict does.
from std.hash import Hasher

struct K(Copyable, Hashable, Equatable, Writable):
    var s: String
    var tag: Int
    def __init__(out self, s: String, tag: Int):
        self.s = s
        self.tag = tag
    def __eq__(self, other: Self) -> Bool:
        return self.s == other.s
    def __hash__[H: Hasher](self, mut hasher: H):
        self.s.__hash__(hasher)

def main() raises:
    var d = Dict[K, Int]()
    d[K("a", 1)] = 1
    d[K("a", 2)] = 2
    for e in d.items():
        print(e.key.tag, e.value)
    # CHECK: 2 2
