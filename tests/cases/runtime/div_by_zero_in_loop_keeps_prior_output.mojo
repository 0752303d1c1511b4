# EXIT: 1
# STDERR: division by zero
def main():
    for d in range(2, -1, -1):
        print(10 // d)
    # CHECK: 5
    # CHECK: 10
