def main():
    var f: Float64 = 2.0
    print(f == 2, f > 1, f < 2.5)
    # CHECK: True True True
