# EXIT: 1
# STDERR: Unhandled exception caught during execution: boom
def main() raises:
    print("about to raise")
    # CHECK: about to raise
    raise Error("boom")
