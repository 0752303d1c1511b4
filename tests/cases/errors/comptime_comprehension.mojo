# Mojo 1.2 runs comprehensions only at run time: a `comptime` one is rejected where it is written.
comptime SQ = [i * i for i in range(5)]  # error[E0403]: list comprehension must execute in runtime contexts


def main():
    comptime cubes = [i * i * i for i in range(3)]  # error[E0403]: list comprehension must execute in runtime contexts
    print(len(SQ), cubes[1])
