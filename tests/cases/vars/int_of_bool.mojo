def main():
    var t = True
    print(Int(t), Int(False), Int(t) + Int(t))
    # CHECK: 1 0 2
