def report(n: Int):
    if n < 0:
        print("negative")
        return
    print("non-negative")

def main():
    report(-1)
    # CHECK: negative
    report(3)
    # CHECK: non-negative
