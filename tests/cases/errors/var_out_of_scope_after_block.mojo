def main():
    var c = True
    if c:
        var inner = 2
        print(inner)
    print(inner)  # error[E0201]: unknown declaration 'inner'
