def main():
    var a = 1
    var b = 2
    print(not a == b, not a < b)
    # CHECK: True False
