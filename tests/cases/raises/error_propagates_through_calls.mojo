def inner() raises -> Int:
    raise Error("deep failure")

def middle() raises -> Int:
    var v = inner()
    print("not printed")
    return v + 1

def outer() raises -> Int:
    return middle() * 2

def main():
    try:
        print(outer())
    except e:
        print("outer caught:", e)
    # CHECK: outer caught: deep failure
