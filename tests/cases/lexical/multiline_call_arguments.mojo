def add3(a: Int, b: Int, c: Int) -> Int:
    return a + b + c

def main():
    var r = add3(
        1,
        20,
        300,
    )
    print(r)
    # CHECK: 321
    print("x",
          "y",
          sep="-")
    # CHECK: x-y
