# EXIT: 1
# STDERR: Unhandled exception caught during execution: late
def main() raises:
    try:
        raise Error("late")
    finally:
        print("cleanup")
        # CHECK: cleanup
