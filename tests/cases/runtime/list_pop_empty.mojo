# EXIT: 1
# STDERR: list_pop_empty.mojo:6:16: error[E0605]: index -1 is out of bounds, valid range is 0 to -1
# `pop()` of an empty list stops the program, as in Mojo 1.2.
def main():
    var e = List[Int]()
    print(e.pop())
