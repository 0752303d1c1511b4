def bump(mut x: Int):
    x += 1


def main():
    bump(5)  # error[E0307]: pass a variable
