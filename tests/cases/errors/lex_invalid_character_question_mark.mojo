def main():
    var x = 1 ? 2  # error[E0101]: invalid character
    print(x)
