# EXIT: 1
# STDERR: stack overflow
def down(n: Int) -> Int:
    return down(n + 1) + 1

def main():
    print("start")
    # CHECK: start
    print(down(0))
