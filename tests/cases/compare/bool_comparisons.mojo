def main():
    var t = True
    var f = False
    print(t == True, f == False, t != f, t == f)
    # CHECK: True True True False
