def main():
    var i = 3
    var f = 3.0
    var s = "3"
    var b = i == 3
    print(i, f, s, b)
    # CHECK: 3 3.0 3 True
