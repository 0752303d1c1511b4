# EXIT: 1
# STDERR: division by zero
def main():
    var z = 0
    print("before")
    # CHECK: before
    print(5 / z)
