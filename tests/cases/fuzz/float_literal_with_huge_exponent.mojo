# Found by the fuzzer: an exponent of 10^11 used to build an exact 10^(10^11) and hang.
def main():
    var tiny = 5e-324666666666
    var huge = 1e999999999999999999999
    print(tiny, huge)
    # CHECK: 0.0 inf
