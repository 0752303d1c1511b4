comptime X = 0.1 + 0.2

def main():
    print(X)
    # CHECK: 0.3
    var v = X
    var w: Float64 = 0.1
    print(v == 0.3, v + w)
    # CHECK: True 0.4
