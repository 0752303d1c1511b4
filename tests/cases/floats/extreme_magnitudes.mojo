def main():
    var tiny: Float64 = 5e-324
    var huge: Float64 = 1.7976931348623157e308
    var small: Float64 = 1e-300
    print(tiny, huge, small)
    # CHECK: 5e-324 1.7976931348623157e+308 1e-300
