def main():
    var i = 0
    while i < 10:
        if i == 2:
            break
        i += 1
    else:
        print("else ran")
    print("i =", i)
    # CHECK: i = 2
