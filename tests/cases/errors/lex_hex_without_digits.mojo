def main():
    var x = 0x  # error[E0105]: invalid number literal
    print(x)
