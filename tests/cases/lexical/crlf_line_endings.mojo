def main():
    var x = 1
    if x > 0:
        print("crlf", x)
    # CHECK: crlf 1
