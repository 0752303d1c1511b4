def main():
    var i = 5
    var y: Float64 = i  # error[E0301]: cannot implicitly convert
    print(y)
