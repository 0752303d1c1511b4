# Breadth-first search over an adjacency Dict[Int, List[Int]] with a List used as a queue.
def add_edge(mut g: Dict[Int, List[Int]], a: Int, b: Int) raises:
    if a not in g:
        g[a] = List[Int]()
    if b not in g:
        g[b] = List[Int]()
    g[a].append(b)
    g[b].append(a)

def bfs(g: Dict[Int, List[Int]], start: Int) raises -> Dict[Int, Int]:
    var dist = Dict[Int, Int]()
    dist[start] = 0
    var queue: List[Int] = [start]
    var head = 0
    while head < len(queue):
        var node = queue[head]
        head += 1
        for nb in g[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return dist^

def main() raises:
    var g = Dict[Int, List[Int]]()
    add_edge(g, 1, 2)
    add_edge(g, 1, 3)
    add_edge(g, 2, 4)
    add_edge(g, 3, 4)
    add_edge(g, 4, 5)
    add_edge(g, 6, 7)
    print(g)
    var d = bfs(g, 1)
    print(d)
    for k in g.keys():
        print(k, d.get(k, -1))
    print(len(bfs(g, 6)), bfs(g, 5)[1])
    # CHECK: {1: [2, 3], 2: [1, 4], 3: [1, 4], 4: [2, 3, 5], 5: [4], 6: [7], 7: [6]}
    # CHECK: {1: 0, 2: 1, 3: 1, 4: 2, 5: 3}
    # CHECK: 1 0
    # CHECK: 2 1
    # CHECK: 3 1
    # CHECK: 4 2
    # CHECK: 5 3
    # CHECK: 6 -1
    # CHECK: 7 -1
    # CHECK: 2 3
