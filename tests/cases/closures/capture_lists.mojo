def main():
    var k = 3
    var total = 0
    def add(x: Int) {imm k} -> Int:
        return x + k
    def acc(x: Int) {mut total}:
        total += x
    def twice(x: Int) -> Int:
        return x * 2
    acc(5)
    acc(add(4))
    print(add(4), twice(5), total)
    # CHECK: 7 10 12
