def fail() raises -> Int:
    raise Error("from else")

def fine() raises -> Int:
    return 1

def main():
    try:
        print("try", fine())
    except e:
        print("unexpected", e)
    else:
        try:
            print(fail())
        except e2:
            print("else caught", e2)
    # CHECK: try 1
    # CHECK: else caught from else
