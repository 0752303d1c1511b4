def main():
    var a: Float64 = 3.99
    var b: Float64 = -3.99
    var c: Float64 = 0.5
    print(Int(a), Int(b), Int(c), Int(-c))
    # CHECK: 3 -3 0 0
