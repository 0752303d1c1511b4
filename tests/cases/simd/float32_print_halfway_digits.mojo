# Float32 values whose shortest digits end exactly halfway between two candidates.
def main():
    print(Float32(0.333984375), Float32(0.142578125))
    # CHECK: 0.33398437 0.14257812
    print(BFloat16(1) / 3, BFloat16(1) / 7)
    # CHECK: 0.33398437 0.14257812
