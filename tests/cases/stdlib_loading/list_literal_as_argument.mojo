# The stdlib's collections are loaded only when a program needs them; a list literal alone (here
# as an argument) is enough.
def main():
    print(len([1, 2, 3]), [4, 5])
    # CHECK: 3 [4, 5]
