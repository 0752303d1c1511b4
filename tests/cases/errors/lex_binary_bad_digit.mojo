def main():
    var x = 0b102  # error[E0105]: invalid number literal
    print(x)
