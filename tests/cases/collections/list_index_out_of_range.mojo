# EXIT: 1
# STDERR: list_index_out_of_range.mojo:8:13: error[E0605]: index 3 is out of bounds, valid range is 0 to 2
def main():
    var xs: List[Int] = [1, 2, 3]
    print(xs[2])
    # CHECK: 3
    var i = 3
    print(xs[i])
