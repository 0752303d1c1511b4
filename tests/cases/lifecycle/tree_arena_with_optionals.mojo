# A tree kept in a List of nodes (an arena): each node has a List of child indices and an
# Optional parent index.
@fieldwise_init
struct Node(Copyable, Writable):
    var name: String
    var parent: Optional[Int]
    var children: List[Int]

struct Tree(Movable):
    var nodes: List[Node]

    def __init__(out self, root: String):
        self.nodes = List[Node]()
        self.nodes.append(Node(root, None, List[Int]()))

    def add(mut self, parent: Int, name: String) -> Int:
        var id = len(self.nodes)
        self.nodes.append(Node(name, parent, List[Int]()))
        self.nodes[parent].children.append(id)
        return id

    def path(self, id: Int) -> String:
        var parts = List[String]()
        var cur = Optional(id)
        while cur:
            var i = cur.value()
            parts.append(self.nodes[i].name)
            cur = self.nodes[i].parent.copy()
        parts.reverse()
        return "/".join(parts)

    def count(self, id: Int) -> Int:
        var n = 0
        var todo: List[Int] = [id]
        while len(todo) > 0:
            var i = todo.pop()
            n += 1
            todo.extend(self.nodes[i].children.copy())
        return n

def main():
    var t = Tree("root")
    var usr = t.add(0, "usr")
    var bin = t.add(usr, "bin")
    _ = t.add(usr, "lib")
    var etc = t.add(0, "etc")
    _ = t.add(bin, "mojo")
    print(t.path(5), t.path(etc), t.path(0))
    print(t.count(0), t.count(usr), t.count(etc))
    print(t.nodes[usr].children, t.nodes[0].parent, t.nodes[bin].parent)
    print(t.nodes[2])
    # CHECK: root/usr/bin/mojo root/etc root
    # CHECK: 6 4 1
    # CHECK: [2, 3] None 1
    # CHECK: Node(name=bin, parent=1, children=[5])
