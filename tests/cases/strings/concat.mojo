def main():
    var a = "foo"
    var b = "bar"
    print(a + b, a + " " + b)
    # CHECK: foobar foo bar
    print(a + "" + b + "")
    # CHECK: foobar
