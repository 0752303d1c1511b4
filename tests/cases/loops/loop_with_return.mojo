def find(target: Int) -> Int:
    for i in range(10):
        if i * i == target:
            return i
    return -1

def main():
    print(find(49), find(50))
    # CHECK: 7 -1
