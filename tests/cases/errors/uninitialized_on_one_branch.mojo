def main():
    var x: Int
    var c = True
    if c:
        x = 1
    print(x)  # error[E0306]: uninitialized
