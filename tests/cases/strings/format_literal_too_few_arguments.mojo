# A literal format string needs an argument for every automatic `{}` (checked at compile time).
def main():
    print("{} and {}".format(1))  # error[E0404]: Automatic indexing require more args in *args
