# A run-time variable in a parameter list is not known there; the help says why (Mojo 1.2:
# "cannot use a dynamic value in a parameter list").
# STDERR: a parameter list is evaluated at compile time
def main():
    var w = 4
    var xs = List[Float32](length=8, fill=1.0)
    var p = xs.unsafe_ptr()
    print(p.load[width=w](0))  # error[E0201]: use of unknown declaration 'w'
    var v = SIMD[DType.float32, w](1.0)  # error[E0201]: use of unknown declaration 'w'
    print(v)
