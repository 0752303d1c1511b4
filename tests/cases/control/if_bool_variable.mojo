def main():
    var flag = False
    for i in range(3):
        flag = not flag
        if flag:
            print("on", i)
        else:
            print("off", i)
    # CHECK: on 0
    # CHECK: off 1
    # CHECK: on 2
