@fieldwise_init
struct Node(Copyable, Writable):
    var parent: Optional[Int]
    var children: List[Int]

def main():
    var nodes = List[Node]()
    nodes.append(Node(7, List[Int]()))
    nodes[0].children.append(1)
    print(nodes[0])
    # CHECK: Node(parent=7, children=[1])
