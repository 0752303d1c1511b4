def fail(msg: String) raises:
    raise Error(msg)

def convert() raises:
    try:
        fail("original")
    except e:
        raise Error("wrapped: " + String(e))

def main():
    try:
        convert()
    except e:
        print(e)
    # CHECK: wrapped: original
