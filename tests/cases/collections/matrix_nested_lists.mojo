# List[List[Int]]: build, transpose, multiply, and change rows in place.
def make(rows: Int, cols: Int, start: Int) -> List[List[Int]]:
    var m = List[List[Int]]()
    var v = start
    for _ in range(rows):
        var row = List[Int]()
        for _ in range(cols):
            row.append(v)
            v += 1
        m.append(row^)
    return m^

def transpose(m: List[List[Int]]) -> List[List[Int]]:
    var out = List[List[Int]]()
    for c in range(len(m[0])):
        var row = List[Int]()
        for r in range(len(m)):
            row.append(m[r][c])
        out.append(row^)
    return out^

def matmul(a: List[List[Int]], b: List[List[Int]]) -> List[List[Int]]:
    var out = List[List[Int]]()
    for i in range(len(a)):
        var row = List[Int](length=len(b[0]), fill=0)
        for j in range(len(b[0])):
            for k in range(len(b)):
                row[j] += a[i][k] * b[k][j]
        out.append(row^)
    return out^

def main():
    var a = make(2, 3, 1)
    var t = transpose(a)
    print(a, t)
    print(matmul(a, t))
    a[0][0] = 100
    a[1].append(7)
    print(a, len(a[0]), len(a[1]))
    var tri = List[List[Int]]()
    for n in range(4):
        tri.append(List[Int](length=n, fill=n))
    print(tri)
    # CHECK: [[1, 2, 3], [4, 5, 6]] [[1, 4], [2, 5], [3, 6]]
    # CHECK: [[14, 32], [32, 77]]
    # CHECK: [[100, 2, 3], [4, 5, 6, 7]] 3 4
    # CHECK: [[], [1], [2, 2], [3, 3, 3]]
