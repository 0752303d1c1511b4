def main():
    var x = 1
    x = "one"  # error[E0301]: cannot implicitly convert
    print(x)
