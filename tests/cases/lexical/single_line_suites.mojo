def twice(x: Int) -> Int: return x * 2

def main():
    var x = 3
    if x > 2: print("big")
    # CHECK: big
    for i in range(2): print(i)
    # CHECK: 0
    # CHECK: 1
    while x > 0: x -= 1
    print(twice(x + 5))
    # CHECK: 10
