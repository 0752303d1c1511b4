def first_multiple(n: Int, k: Int) -> Int:
    var i = n
    while True:
        if i % k == 0:
            return i
        i += 1

def main():
    print(first_multiple(10, 7), first_multiple(14, 7))
    # CHECK: 14 14
