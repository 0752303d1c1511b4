# EXIT: 1
# STDERR: slice_start_after_end.mojo:6:13: error[E0605]: slice start index 3 is greater than slice end index 1
# A contiguous slice may not start after its end (Mojo 1.2's message).
def main():
    var xs: List[Int] = [1, 2, 3, 4, 5]
    print(xs[3:1])
