# An element of a read-only argument cannot be changed, directly or through a `ref` (Mojo 1.2:
# "expression must be mutable in assignment"); a `mut` argument's can.
def reset_first(xs: List[Int]):
    xs[0] = 0  # error[E0307]: expression must be mutable in assignment

def bump_second(xs: List[Int]):
    xs[1] += 1  # error[E0307]: expression must be mutable in assignment

def through_ref(xs: List[Int]):
    ref a = xs[0]
    a = 0  # error[E0307]: expression must be mutable in assignment

def fine(mut xs: List[Int]):
    xs[0] = 9

def main():
    var xs: List[Int] = [5, 6]
    reset_first(xs)
    bump_second(xs)
    through_ref(xs)
    fine(xs)
    print(xs)
