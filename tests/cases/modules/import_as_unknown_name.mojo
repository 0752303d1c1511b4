# Renaming a name the module does not have is an error.
from _lib.mathutil import cube as c  # error[E0201]: the program's modules do not define 'cube'


def main():
    print(1)
