# Mojo 1.2's names for a pointer's value: `unsafe_write(v)` moves a value into uninitialised
# memory, `unsafe_take_pointee()` moves it out, `unsafe_deinit_pointee()` destroys it, and
# `swap_pointees(q)` exchanges two values.
def main():
    var p = alloc[String](2)
    p.unsafe_write(String("left"))
    (p + 1).unsafe_write(String("right"))
    p.swap_pointees(p + 1)
    print(p[], p[1])
    var s = p.unsafe_take_pointee()
    print(s)
    (p + 1).unsafe_deinit_pointee()
    p.unsafe_free()
    var q = alloc[Int](1)
    q.unsafe_write(41)
    q[] += 1
    print(q.unsafe_take_pointee())
    q.unsafe_free()

# The expected output, checked against Mojo 1.2:
# CHECK: right left
# CHECK: right
# CHECK: 42
