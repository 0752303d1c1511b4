# EXIT: 1
# STDERR: codepoint_index_out_of_bounds.mojo:8:11: error[E0605]: codepoint index is out of bounds: 5
# A code point index past the end stops the program (Mojo 1.2 aborts with the same message).
def main():
    var s = String("héllo")
    print(s[codepoint=4])
    # CHECK: o
    print(s[codepoint=5])
