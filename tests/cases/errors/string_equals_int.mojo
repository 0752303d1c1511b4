def main():
    var s = "a"
    var n = 1
    print(s == n)  # error[E0305]: '==' is not supported
