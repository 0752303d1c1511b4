def main():
    var x = 3 × 2  # error[E0101]: invalid character
    print(x)
