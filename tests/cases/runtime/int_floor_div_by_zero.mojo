# EXIT: 1
# STDERR: division by zero
def main():
    var a = 7
    var b = 0
    print("before")
    # CHECK: before
    print(a // b)
    print("not reached")
