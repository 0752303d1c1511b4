# `{0}` and `{}` cannot be mixed in one format string.
def main():
    print("{0} {}".format(1, 2))  # error[E0404]: Cannot both use manual and automatic indexing
