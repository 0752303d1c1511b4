def main():
    var t = (1, 2)
    var a, b, c = t  # error[E0301]: unpack
    print(a, b, c)
