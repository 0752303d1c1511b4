def main():
    var i = 5
    var f: Float64 = 1.5
    print(f + i)  # error[E0305]: '+' is not supported
