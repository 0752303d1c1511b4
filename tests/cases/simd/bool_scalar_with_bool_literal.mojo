# A Bool literal operand takes the type of a Scalar[DType.bool] on the other side.
def main():
    var t = Scalar[DType.bool](True)
    print(t & False, t ^ True, t | False)
    # CHECK: False False True
