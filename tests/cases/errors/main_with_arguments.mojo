def main(n: Int):  # error[E0313]: `main` must take no arguments
    print(n)
