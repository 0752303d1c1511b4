def fail(msg: String) raises:
    raise Error(msg)

def main():
    try:
        try:
            fail("inner")
        except e:
            print("inner handler:", e)
        fail("outer")
    except e:
        print("outer handler:", e)
    # CHECK: inner handler: inner
    # CHECK: outer handler: outer
