def main():
    var x: Int
    x = 5
    print(x)
    # CHECK: 5
    var s: String
    s = "later"
    print(s)
    # CHECK: later
