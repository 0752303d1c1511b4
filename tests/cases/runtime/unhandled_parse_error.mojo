# EXIT: 1
# STDERR: Unhandled exception caught during execution
def main() raises:
    var n = Int("12")
    print(n)
    # CHECK: 12
    var m = Int("twelve")
    print(m)
