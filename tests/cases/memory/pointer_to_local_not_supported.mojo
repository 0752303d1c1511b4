def main():
    var x = 5
    var r = Pointer(to=x)  # error[E0314]: `Pointer(to=x)` (a pointer to a local variable) is not supported yet
    print(x)
