def main():
    var a = "abc"
    var b = "c"
    print(a - b)  # error[E0305]: '-' is not supported
