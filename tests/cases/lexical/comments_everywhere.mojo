# A comment before any code.

# Another comment after a blank line.
def main():  # trailing comment on the def line
    # comment inside the body
    var x = 1  # trailing comment after a statement
        # an over-indented comment is ignored
    print(x)  # print the value
    # CHECK: 1
# a comment at column zero inside the function body
    print("# not a comment")
    # CHECK: # not a comment
