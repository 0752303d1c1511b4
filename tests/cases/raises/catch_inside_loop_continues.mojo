def check(i: Int) raises -> Int:
    if i % 2 == 1:
        raise Error("odd " + String(i))
    return i

def main():
    for i in range(4):
        try:
            print("got", check(i))
        except e:
            print("skip:", e)
    # CHECK: got 0
    # CHECK: skip: odd 1
    # CHECK: got 2
    # CHECK: skip: odd 3
