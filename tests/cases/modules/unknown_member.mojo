from std.math import sqrt, not_a_function  # error[E0201]: module 'std.math' has no member 'not_a_function'

def main():
    print(sqrt(4.0))
