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
    # Values with a destructor are initialized in raw memory and destroyed before it is freed.
    var t = alloc[String](2)
    t.init_pointee_move("hello")
    (t + 1).init_pointee_move(t[0] + " world")
    t[0] = "bye"
    print(t[1], t[0])
    # CHECK: hello world bye
    t.destroy_pointee()
    (t + 1).destroy_pointee()
    s.free()
    t.free()
