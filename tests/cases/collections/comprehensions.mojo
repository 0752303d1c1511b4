from std.collections import Set

def evens(n: Int) -> List[Int]:
    return [i for i in range(n) if i % 2 == 0]

def main():
    var squares = [x * x for x in range(6)]
    print(squares)
    var words: List[String] = ["apple", "kiwi", "banana"]
    var lengths = {w: w.byte_length() for w in words}
    print(lengths)
    var pairs = [i * 10 + j for i in range(3) for j in range(3) if i != j]
    print(pairs)
    var fl: List[Float64] = [Float64(i) / 2 for i in range(3)]
    print(fl, evens(7))
    var s = {x % 3 for x in range(10)}
    print(s, len(s))
    var upper = [w.upper() for w in words if w.byte_length() > 4]
    print(upper)
    # CHECK: [0, 1, 4, 9, 16, 25]
    # CHECK: {apple: 5, kiwi: 4, banana: 6}
    # CHECK: [1, 2, 10, 12, 20, 21]
    # CHECK: [0.0, 0.5, 1.0] [0, 2, 4, 6]
    # CHECK: {0, 1, 2} 3
    # CHECK: [APPLE, BANANA]
