def main():
    var x = 1 * * 2  # error[E0110]: unexpected
    print(x)
