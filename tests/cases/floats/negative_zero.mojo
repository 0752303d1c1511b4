def main():
    var z: Float64 = 0.0
    print(-z, -0.0, z * -1.0)
    # CHECK: -0.0 -0.0 -0.0
    print(-z + 0.0)
    # CHECK: 0.0
