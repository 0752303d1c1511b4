def sign(x: Int) -> Int:  # error[E0309]: missing return
    if x > 0:
        return 1
    elif x < 0:
        return -1

def main():
    print(sign(1))
