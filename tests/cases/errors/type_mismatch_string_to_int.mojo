def main():
    var n: Int = "7"  # error[E0301]: cannot implicitly convert
    print(n)
