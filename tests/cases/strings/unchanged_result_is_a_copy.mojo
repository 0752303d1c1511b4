# A method that returns its string unchanged (no prefix to remove, nothing to pad) returns a copy:
# the original stays valid after the result is destroyed.
def main():
    var a = String("ab")
    print(a.removeprefix("x"), a.removesuffix("x"), a.ascii_center(1), a.ascii_ljust(2))
    print(a)
# CHECK: ab ab ab ab
# CHECK: ab
