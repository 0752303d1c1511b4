# A struct may point to its own type (`Optional[Pointer[Node, MutUntrackedOrigin]]`): linked
# lists and trees over memory from `alloc`.
@fieldwise_init
struct Node(Movable):
    var value: Int
    var next: Optional[Pointer[Node, MutUntrackedOrigin]]


struct Tree(Movable):
    var key: Int
    var left: Optional[Pointer[Tree, MutUntrackedOrigin]]
    var right: Optional[Pointer[Tree, MutUntrackedOrigin]]

    def __init__(out self, key: Int):
        self.key = key
        self.left = None
        self.right = None


def insert(t: Pointer[Tree, MutUntrackedOrigin], key: Int):
    if key < t[].key:
        if t[].left:
            insert(t[].left.value(), key)
        else:
            var n = alloc[Tree](1)
            n.unsafe_write(Tree(key))
            t[].left = n
    else:
        if t[].right:
            insert(t[].right.value(), key)
        else:
            var n = alloc[Tree](1)
            n.unsafe_write(Tree(key))
            t[].right = n


def inorder(t: Pointer[Tree, MutUntrackedOrigin], mut out: List[Int]):
    if t[].left:
        inorder(t[].left.value(), out)
    out.append(t[].key)
    if t[].right:
        inorder(t[].right.value(), out)


def free_tree(t: Pointer[Tree, MutUntrackedOrigin]):
    if t[].left:
        free_tree(t[].left.value())
    if t[].right:
        free_tree(t[].right.value())
    t.unsafe_deinit_pointee()
    t.unsafe_free()


def main():
    var head: Optional[Pointer[Node, MutUntrackedOrigin]] = None
    for i in range(4):
        var n = alloc[Node](1)
        n.unsafe_write(Node(i * 10, head))
        head = n
    var total = 0
    var cur = head
    while cur:
        var p = cur.value()
        total += p[].value
        print(p[].value, end=" ")
        cur = p[].next
    print("sum", total)
    while head:
        var p = head.value()
        head = p[].next
        p.unsafe_deinit_pointee()
        p.unsafe_free()
    var root = alloc[Tree](1)
    root.unsafe_write(Tree(50))
    for k in [30, 70, 20, 40, 60, 80, 35]:
        insert(root, k)
    var keys = List[Int]()
    inorder(root, keys)
    print(keys)
    free_tree(root)

# The expected output, checked against Mojo 1.2:
# CHECK: 30 20 10 0 sum 60
# CHECK: [20, 30, 35, 40, 50, 60, 70, 80]
