# A tree kept in parallel lists: names, Optional parent indices, and List[List[Int]] children.
struct Tree(Movable):
    var names: List[String]
    var parents: List[Optional[Int]]
    var children: List[List[Int]]

    def __init__(out self, root: String):
        self.names = [root]
        self.parents = List[Optional[Int]]()
        self.parents.append(None)
        self.children = List[List[Int]]()
        self.children.append(List[Int]())

    def add(mut self, parent: Int, name: String) -> Int:
        var id = len(self.names)
        self.names.append(name)
        self.parents.append(parent)
        self.children.append(List[Int]())
        self.children[parent].append(id)
        return id

    def path(self, id: Int) -> String:
        var parts = List[String]()
        var cur = Optional(id)
        while cur:
            var i = cur.value()
            parts.append(self.names[i])
            cur = self.parents[i].copy()
        parts.reverse()
        return "/".join(parts)

    def count(self, id: Int) -> Int:
        var n = 0
        var todo: List[Int] = [id]
        while len(todo) > 0:
            var i = todo.pop()
            n += 1
            todo.extend(self.children[i].copy())
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
    print(t.children[usr], t.parents[0], t.parents[bin], t.children)
    # CHECK: root/usr/bin/mojo root/etc root
    # CHECK: 6 4 1
    # CHECK: [2, 3] None 1 [[1, 4], [2, 3], [5], [], [], []]
