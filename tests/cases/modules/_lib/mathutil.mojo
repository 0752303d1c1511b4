def square(x: Int) -> Int:
    return x * x

comptime SCALE = 10
