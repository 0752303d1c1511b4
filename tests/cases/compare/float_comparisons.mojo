def main():
    var a = 0.1
    var b = 0.2
    print(a + b == 0.3, a + b > 0.3, a < b)
    # CHECK: False True True
    var z: Float64 = 0.0
    var nan = z / z
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
    # CHECK: False True False False
