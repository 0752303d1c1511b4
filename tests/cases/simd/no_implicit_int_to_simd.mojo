def main():
    var i: Int = 3
    var f = Float32(1.5)
    print(f + i)  # error[E0305]: '+' is not supported between 'Float32' and 'Int'
    var x: Int64 = i  # error[E0301]: cannot implicitly convert 'Int' value to 'Int64'
    print(x)
