def compute() -> Int:
    try:
        return 1
    finally:
        print("finally before return")

def main():
    print(compute())
    # CHECK: finally before return
    # CHECK: 1
