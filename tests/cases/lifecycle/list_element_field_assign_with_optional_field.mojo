@fieldwise_init
struct Node(Copyable, Writable):
    var parent: Optional[Int]
    var count: Int

def main():
    var nodes = List[Node]()
    nodes.append(Node(7, 0))
    nodes[0].count += 1
    print(nodes[0])
    # CHECK: Node(parent=7, count=1)
