def fail(msg: String) raises:
    raise Error(msg)

def main():
    try:
        fail("boom")
        print("unreached")
    except e:
        print("caught:", e)
    # CHECK: caught: boom
