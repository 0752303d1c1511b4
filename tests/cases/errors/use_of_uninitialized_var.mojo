def main():
    var u: Int
    print(u)  # error[E0306]: uninitialized
