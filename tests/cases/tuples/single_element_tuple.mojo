def main():
    var t = (42,)
    print(t[0])
    # CHECK: 42
