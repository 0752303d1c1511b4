def maybe(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative")
    return n * 2

def main():
    try:
        print(maybe(-4))
    except e:
        print("error", e)
    else:
        print("else branch")
    # CHECK: error negative
