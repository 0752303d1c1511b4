# `std.bit` functions take integers; a float is reported.
from std.bit import pop_count


def main():
    print(pop_count(Float32(1.5)))  # error[E0301]: 'pop_count' needs an integer value
