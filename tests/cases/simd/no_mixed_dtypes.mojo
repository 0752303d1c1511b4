def main():
    var a = Float32(1.0)
    var b = Float64(2.0)
    print(a * b)  # error[E0305]: '*' is not supported between 'Float32' and 'Float64'
