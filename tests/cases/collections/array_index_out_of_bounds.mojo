# EXIT: 1
# STDERR: array_index_out_of_bounds.mojo:8:12: error[E0605]: index 5 is out of bounds, valid range is 0 to 2
# Indexing an Array is bounds-checked at run time, with the location of the `[` (as Mojo 1.2's
# "index 5 is out of bounds, valid range is 0 to 2").
def main():
    var a = Array[Int, 3](fill=7)
    var i = len(a) + 2
    print(a[i])
