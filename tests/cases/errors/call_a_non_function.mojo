def main():
    var x = 3
    print(x(1))  # error[E0311]: not callable
