def nothing():
    pass

def main():
    var x = 2
    if x > 1:
        pass
    else:
        print("no")
    nothing()
    print("after pass")
    # CHECK: after pass
