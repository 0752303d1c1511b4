# A struct that declares `Equatable` (or `Hashable`) without writing `__eq__` (`__hash__`) gets
# them from its fields, as in Mojo 1.2: it compares field by field and can be a `Dict` key.
@fieldwise_init
struct Pt(Copyable, Equatable, Hashable, Writable):
    var x: Int
    var name: String

def main() raises:
    var d = Dict[Pt, Int]()
    d[Pt(1, "a")] = 5
    print(d[Pt(1, "a")], Pt(1, "a") in d, Pt(2, "a") in d)
    print(Pt(1, "a") == Pt(1, "a"), Pt(1, "a") != Pt(1, "b"))

# The expected output, checked against Mojo 1.2:
# CHECK: 5 True False
# CHECK: True True
