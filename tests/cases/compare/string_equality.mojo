def main():
    var a = "hello"
    var b = "hel" + "lo"
    print(a == b, a != b, a == "Hello", a != "world")
    # CHECK: True False False True
