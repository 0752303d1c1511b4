def risky(i: Int) raises -> Int:
    if i == 2:
        raise Error("two")
    return i

def describe(i: Int) -> String:
    try:
        var v = risky(i)
        return "ok " + String(v)
    except e:
        return "err " + String(e)
    finally:
        print("finally", i)

def main():
    print(describe(1))
    # CHECK: finally 1
    # CHECK: ok 1
    print(describe(2))
    # CHECK: finally 2
    # CHECK: err two
