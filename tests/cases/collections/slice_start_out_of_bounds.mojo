# EXIT: 1
# STDERR: slice_start_out_of_bounds.mojo:7:13: error[E0605]: slice start index -2 is out of bounds, valid range is 0 to 5
# A contiguous slice's bounds are checked (no negative positions), with Mojo 1.2's message at
# the `[`.
def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]
    print(xs[-2:])
