def main():
    var k = 3

    def add(x: Int) -> Int:
        return x + k  # error[E0201]: unknown declaration 'k'

    print(add(1))
