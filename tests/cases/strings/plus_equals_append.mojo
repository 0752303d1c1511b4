def main():
    var s = ""
    for i in range(4):
        s += String(i)
        s += ","
    print(s)
    # CHECK: 0,1,2,3,
