def power[n: Int](x: Int) -> Int:
    return x * n


def main():
    print(power(2))  # error[E0302]: missing compile-time parameter 'n'
