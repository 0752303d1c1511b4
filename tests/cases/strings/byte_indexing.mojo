def main():
    var s = "hello"
    print(s[byte=1:3], s[byte=4], s[byte=3:], s[byte=:2], s.byte_length())
    # CHECK: el o lo he 5
    print("héllo"[byte=0:1], "abc"[byte=1])
    # CHECK: h b
