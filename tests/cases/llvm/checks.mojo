# The checks of host code on every executor, the LLVM tier included: an index past the end of a
# List inside a loop stops the program with E0605 at the program's own line, after the output
# printed before it.
# EXIT: 1
# STDERR: error[E0605]: index 5 is out of bounds, valid range is 0 to 4


def main():
    var xs = List[Int](length=5, fill=1)
    var total = 0
    for i in range(6):
        total += xs[i]
        print(total)
    # CHECK: 1
    # CHECK: 2
    # CHECK: 3
    # CHECK: 4
    # CHECK: 5
