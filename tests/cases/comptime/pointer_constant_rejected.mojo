# A compile-time value that holds a pointer into the middle of a block of memory has no constant
# form (a `List` or a pointer to a whole block does).
def middle() -> UnsafePointer[Int]:
    var p = alloc[Int](4)
    return p + 1


comptime P = middle()  # error[E0403]: a compile-time value of type 'UnsafePointer[Int]' is not supported yet


def main():
    print(P[0])
