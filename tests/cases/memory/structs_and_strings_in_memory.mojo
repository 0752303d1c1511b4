@fieldwise_init
struct P(Copyable, Writable):
    var x: Int
    var y: Float32

def main():
    var s = alloc[P](2)
    s[1] = P(3, 1.5)
    s[1].x += 4
    print(s[1].x, s[1].y, s[0].x)
    # CHECK: 7 1.5 0
    var t = alloc[String](2)
    t[0] = "hello"
    t[1] = t[0] + " world"
    print(t[1])
    # CHECK: hello world
    s.free()
    t.free()
