# `Comparable` gives `>`, `<=`, `>=` from `__lt__`, and `Equatable` (which `Comparable` refines) gives
# `!=` from `__eq__`, for structs that declare them (as Mojo 1.2 does).
@fieldwise_init
struct Version(Comparable, Copyable, Writable):
    var major: Int
    var minor: Int

    def __lt__(self, other: Self) -> Bool:
        return self.major < other.major or (self.major == other.major and self.minor < other.minor)

    def __eq__(self, other: Self) -> Bool:
        return self.major == other.major and self.minor == other.minor

    def write_to(self, mut w: Some[Writer]):
        w.write(self.major, ".", self.minor)

@fieldwise_init
struct Tag(Equatable, Copyable):
    var s: String
    def __eq__(self, other: Self) -> Bool:
        return self.s == other.s

def main():
    print(Version(1, 2) > Version(1, 0), Version(1, 2) <= Version(1, 2), Version(2, 0) != Version(2, 0), Version(0, 1) >= Version(0, 2))
    print(max(Version(1, 5), Version(1, 7)), min(Version(1, 5), Version(1, 7)))
    print(Tag("a") != Tag("b"), Tag("a") != Tag("a"))

# The expected output, checked against Mojo 1.2:
# CHECK: True True False False
# CHECK: 1.7 1.5
# CHECK: True False
