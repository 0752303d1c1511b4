# EXIT: 1
# STDERR: division by zero
def main():
    var a = 7
    var b = 0
    print(a % 3)
    # CHECK: 1
    print(a % b)
