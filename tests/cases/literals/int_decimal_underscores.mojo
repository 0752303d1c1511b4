def main():
    var a = 1_000_000
    var b = 12_34
    var c = 0
    print(a, b, c)
    # CHECK: 1000000 1234 0
