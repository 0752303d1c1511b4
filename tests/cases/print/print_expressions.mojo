def main():
    var x = 6
    print(x * 7, x > 5, "v=" + String(x))
    # CHECK: 42 True v=6
