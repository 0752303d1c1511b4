def main():
    var nz = -0.0
    var pz = 0.0
    print(min(nz, pz), min(pz, nz))
    # CHECK: -0.0 -0.0
    print(max(nz, pz), max(pz, nz))
    # CHECK: 0.0 0.0
    print(abs(nz))
    # CHECK: 0.0
