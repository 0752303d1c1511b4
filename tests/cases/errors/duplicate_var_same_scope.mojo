def main():
    var x = 1
    var x = 2  # error[E0202]: redefinition
    print(x)
