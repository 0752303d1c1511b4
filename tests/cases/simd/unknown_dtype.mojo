def main():
    print(SIMD[DType.float128, 2](0))  # error[E0310]: 'DType' has no member 'float128'
