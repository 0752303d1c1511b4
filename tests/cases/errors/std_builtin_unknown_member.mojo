# A name a `std.builtin` submodule does not provide is an error, not a silent success.
from std.builtin.sort import sorting  # error[E0201]: module 'std.builtin.sort' has no member 'sorting'


def main():
    print(1)
