def main():
    var x = 1
    print(x + y)  # error[E0201]: unknown declaration 'y'
