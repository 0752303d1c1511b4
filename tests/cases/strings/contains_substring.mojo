def main():
    var s = "hello world"
    print("world" in s, "lo w" in s, "World" in s, "" in s)
    # CHECK: True True False True
    print("hello world!" in s)
    # CHECK: False
