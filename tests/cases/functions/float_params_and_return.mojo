def average(a: Float64, b: Float64) -> Float64:
    return (a + b) / 2

def main():
    print(average(1.0, 2.0), average(3, 4))
    # CHECK: 1.5 3.5
