# t[i] = v and t[i] += v replace a tuple's element at a constant index (the old one is destroyed).
def main():
    var t = (1, 2)
    t[0] = 5
    t[1] += 10
    print(t[0], t[1])
    var u = (String("a"), 3)
    u[0] = "b"
    u[0] += "c"
    print(u[0], u[1])
# CHECK: 5 12
# CHECK: bc 3
