def countdown(n: Int) -> Int:
    var k = n
    var steps = 0
    while k > 0:
        k -= 1
        steps += 1
    return steps + n

def main():
    print(countdown(4))
    # CHECK: 8
