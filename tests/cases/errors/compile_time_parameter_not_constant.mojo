def power[n: Int](x: Int) -> Int:
    return x * n


def main():
    var k = 3
    print(power[k](2))  # error[E0403]: must be known at compile time
