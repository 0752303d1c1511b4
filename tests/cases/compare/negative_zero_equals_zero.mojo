def main():
    var z: Float64 = 0.0
    var nz = -z
    print(nz, z, nz == z, nz < z)
    # CHECK: -0.0 0.0 True False
