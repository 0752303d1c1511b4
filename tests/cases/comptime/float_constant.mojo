comptime PI = 3.14159

def main():
    var r: Float64 = 2.0
    print(PI * r * r)
    # CHECK: 12.56636
