def fail() raises -> Int:
    raise Error("deep")

def main():
    try:
        try:
            print(fail())
        finally:
            print("inner finally")
        print("not reached")
    except e:
        print("outer caught", e)
    # CHECK: inner finally
    # CHECK: outer caught deep
