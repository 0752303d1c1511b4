# `Deque[T]` from `std.collections`: appends and pops at both ends (a ring buffer that grows),
# indexing, iteration, printing; popping an empty deque raises.
from std.collections import Deque

def main() raises:
    var q = Deque[Int]()
    q.append(1)
    q.append(2)
    q.appendleft(0)
    print(len(q), q[0], q[2], Bool(q), q)
    print(q.popleft(), q.pop(), len(q))
    for x in q:
        print("item", x)
    # Wrap around the ring many times while it grows and shrinks.
    var total = 0
    for i in range(100):
        q.append(i)
        if i % 3 == 0:
            total += q.popleft()
    print(len(q), total, q[0], q[len(q) - 1])
    var w = Deque[String]()
    w.append("a")
    w.appendleft("b")
    var copy = w.copy()
    print(w.popleft(), w.popleft(), len(w), copy)
    try:
        _ = w.popleft()
    except e:
        print("error:", e)
    try:
        _ = w.pop()
    except e:
        print("error:", e)

# The expected output, checked against Mojo 1.2:
# CHECK: 3 0 2 True [0, 1, 2]
# CHECK: 0 2 1
# CHECK: item 1
# CHECK: 67 529 33 99
# CHECK: b a 0 [b, a]
# CHECK: error: IndexError: Deque is empty
# CHECK: error: IndexError: Deque is empty
