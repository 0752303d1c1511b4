def main():
    var a = Float32(1.5)
    print(a & Float32(2))  # error[E0305]: '&' is not supported between 'Float32' and 'Float32'
