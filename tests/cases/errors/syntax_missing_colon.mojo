def main():
    var x = 1
    if x > 0  # error[E0110]: unexpected
        print(x)
