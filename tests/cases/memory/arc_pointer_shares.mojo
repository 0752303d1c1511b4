# ArcPointer and OwnedPointer hold values of their own in memory (checked with Mojo 1.2).
from std.memory import ArcPointer, OwnedPointer

def main():
    var shared = ArcPointer(List[Int]([1, 2, 3]))
    var other = shared
    other[].append(4)
    print(shared[], len(other[]))
    var boxed = OwnedPointer(String("boxed"))
    boxed[] += "!"
    print(boxed[])
    # CHECK: [1, 2, 3, 4] 4
    # CHECK: boxed!
