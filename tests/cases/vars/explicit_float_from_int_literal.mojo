def main():
    var x: Float64 = 2
    var y: Int = 2
    print(x, y)
    # CHECK: 2.0 2
