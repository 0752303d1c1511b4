# Two arguments refer to one value and one of them is `mut`: rejected, as in Mojo 1.2.
def twice(mut a: Int, mut b: Int):
    a += 1
    b += 1

def main():
    var ys: List[Int] = [1, 2, 3]
    swap(ys[0], ys[2])  # error[E0318]: passed mutably to 'lhs' argument and passed mutably to 'rhs'
    var n = 1
    twice(n, n)  # error[E0318]: in 'twice' call
