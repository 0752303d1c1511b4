# An error leaving a `for ref` body stores the element back first (it had grown and moved).
def boom(x: Int) raises:
    if x == 2:
        raise Error("boom")

def main():
    var xs = List[List[Int]]()
    for i in range(3):
        xs.append([i])
    try:
        for ref x in xs:
            for k in range(20):
                x.append(k)
            boom(x[0])
    except e:
        print("caught", e)
    for ref x in xs:
        print(len(x), x[0])

# The expected output, checked against Mojo 1.2:
# CHECK: caught boom
# CHECK: 21 0
# CHECK: 21 1
# CHECK: 21 2
