def main():
    var x = 1
    var c = True
    if c:
        x = 2
        var x = 3
        print(x)
        # CHECK: 3
    print(x)
    # CHECK: 2
