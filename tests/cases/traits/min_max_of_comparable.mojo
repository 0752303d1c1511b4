# min and max of any Comparable values: strings, structs, numbers of every type (checked with Mojo 1.2).
@fieldwise_init
struct V(Comparable, ImplicitlyCopyable, Writable):
    var x: Int
    def __lt__(self, o: Self) -> Bool:
        return self.x < o.x
    def __le__(self, o: Self) -> Bool:
        return self.x <= o.x
    def __gt__(self, o: Self) -> Bool:
        return self.x > o.x
    def __ge__(self, o: Self) -> Bool:
        return self.x >= o.x
    def __eq__(self, o: Self) -> Bool:
        return self.x == o.x
    def __ne__(self, o: Self) -> Bool:
        return self.x != o.x

def main():
    print(max("apple", "banana"), min(String("b"), String("a")), max(V(3), V(9)), min(V(3), V(9)))
    print(max(2, 7), min(2.5, 1.5), max(Float32(1.5), Float32(2.5)), min(UInt8(3), UInt8(2)))
    # CHECK: banana a V(x=9) V(x=3)
    # CHECK: 7 1.5 2.5 2
