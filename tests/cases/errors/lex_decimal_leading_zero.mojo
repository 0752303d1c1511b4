def main():
    var x = 0123  # error[E0105]: invalid number literal
    print(x)
