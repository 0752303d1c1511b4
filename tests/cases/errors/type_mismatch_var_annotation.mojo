def main():
    var s: String = 5  # error[E0301]: cannot implicitly convert
    print(s)
