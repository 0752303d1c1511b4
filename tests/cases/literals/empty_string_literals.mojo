def main():
    var a = ""
    var b = ''
    print(a == b, a.byte_length())
    # CHECK: True 0
    print("[" + a + "]")
    # CHECK: []
