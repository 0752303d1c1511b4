def check(n: Int) raises:
    if n > 1:
        raise Error("too big")

def run(n: Int):
    try:
        check(n)
        print("ok", n)
    except e:
        print("failed", n, e)
    finally:
        print("cleanup", n)

def main():
    run(1)
    # CHECK: ok 1
    # CHECK: cleanup 1
    run(2)
    # CHECK: failed 2 too big
    # CHECK: cleanup 2
