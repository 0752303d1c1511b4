# A stack and a queue built on a List field, with mut methods.
struct Stack(Movable):
    var items: List[Int]

    def __init__(out self):
        self.items = List[Int]()

    def push(mut self, v: Int):
        self.items.append(v)

    def pop(mut self) -> Int:
        return self.items.pop()

    def peek(self) -> Int:
        return self.items[len(self.items) - 1]

    def is_empty(self) -> Bool:
        return len(self.items) == 0

struct Queue(Movable):
    var items: List[String]
    var head: Int

    def __init__(out self):
        self.items = List[String]()
        self.head = 0

    def put(mut self, var s: String):
        self.items.append(s^)

    def get(mut self) -> String:
        var s = self.items[self.head]
        self.head += 1
        return s

    def size(self) -> Int:
        return len(self.items) - self.head

def balanced(text: String) -> Bool:
    var st = Stack()
    for i in range(text.byte_length()):
        var c = text[byte=i]
        if c == "(":
            st.push(1)
        elif c == ")":
            if st.is_empty():
                return False
            _ = st.pop()
    return st.is_empty()

def main():
    var s = Stack()
    for i in range(5):
        s.push(i * i)
    print(s.peek(), s.pop(), s.pop(), s.items)
    print(balanced("(a(b)c)"), balanced("(()"), balanced(")("))
    var q = Queue()
    q.put("first")
    q.put("second")
    q.put("third")
    print(q.get(), q.size())
    q.put("fourth")
    var rest = List[String]()
    while q.size() > 0:
        rest.append(q.get())
    print(" ".join(rest))
    # CHECK: 16 16 9 [0, 1, 4]
    # CHECK: True False False
    # CHECK: first 2
    # CHECK: second third fourth
