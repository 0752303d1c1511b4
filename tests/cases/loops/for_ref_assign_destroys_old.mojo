# Assigning a `for ref` variable destroys the old element once; the new one lives in the list.
struct D(Copyable, Movable):
    var n: Int
    def __init__(out self, n: Int):
        self.n = n
    def __deinit__(deinit self):
        print("del", self.n)

def main():
    var ds = List[D]()
    ds.append(D(1))
    ds.append(D(2))
    for ref d in ds:
        d = D(d.n * 10)
    print("after assign")
    for ref d in ds:
        print(d.n)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: del 1
# CHECK: del 2
# CHECK: after assign
# CHECK: 10
# CHECK: 20
# CHECK: del 10
# CHECK: del 20
# CHECK: end
