def main():
    var x: Int
    for i in range(3):
        x = i
    print(x)  # error[E0306]: uninitialized
