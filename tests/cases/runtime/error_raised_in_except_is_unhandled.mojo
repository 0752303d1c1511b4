# EXIT: 1
# STDERR: Unhandled exception caught during execution: second
def main() raises:
    try:
        raise Error("first")
    except e:
        print("handling", e)
        # CHECK: handling first
        raise Error("second")
