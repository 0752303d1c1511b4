def main():
    var s = "abc"
    print(s / 2)  # error[E0305]: '/' is not supported
