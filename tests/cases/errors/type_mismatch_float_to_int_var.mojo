def main():
    var f: Float64 = 1.5
    var n: Int = f  # error[E0301]: cannot implicitly convert
    print(n)
