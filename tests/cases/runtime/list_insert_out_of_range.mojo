# EXIT: 1
# STDERR: list_insert_out_of_range.mojo:7:14: error[E0605]: index -1 is out of bounds, valid range is 0 to 4
# `insert` takes an index from 0 to the length; a negative one stops the program, as in Mojo 1.2.
def main():
    var xs: List[Int] = [1, 2, 3]
    xs.insert(3, 4)
    xs.insert(-1, 20)
