def work() raises:
    try:
        print("body")
    finally:
        print("cleanup")
    raise Error("after cleanup")

def main():
    try:
        work()
    except e:
        print("caught", e)
    # CHECK: body
    # CHECK: cleanup
    # CHECK: caught after cleanup
