# A struct with a List of resources: transferring the struct moves the list, copying copies
# each element, and destroying it destroys every element once.
struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "+"
        print("copy", self.name)

    def __del__(deinit self):
        print("del", self.name)

struct Pool(Copyable):
    var items: List[R]
    var tag: String

    def __init__(out self, tag: String):
        self.items = List[R]()
        self.tag = tag

    def add(mut self, name: String):
        self.items.append(R(self.tag + name))

    def size(self) -> Int:
        return len(self.items)

def build(tag: String, n: Int) -> Pool:
    var p = Pool(tag)
    for i in range(n):
        p.add(String(i))
    return p^

def report(p: Pool):
    print("pool", p.tag, p.size())

def main():
    var p = build("p", 2)
    report(p)
    var q = p^
    print("moved", q.size())
    var r = q.copy()
    print("copied", r.size())
    report(q)
    print("middle")
    r.add("x")
    report(r)
    print("end")
    # CHECK: init p0
    # CHECK: init p1
    # CHECK: pool p 2
    # CHECK: moved 2
    # CHECK: copy p0+
    # CHECK: copy p1+
    # CHECK: copied 2
    # CHECK: pool p 2
    # CHECK: del p0
    # CHECK: del p1
    # CHECK: middle
    # CHECK: init px
    # CHECK: pool p 3
    # CHECK: del p0+
    # CHECK: del p1+
    # CHECK: del px
    # CHECK: end
