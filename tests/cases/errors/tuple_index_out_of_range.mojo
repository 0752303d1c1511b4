def main():
    var t = (1, 2)
    print(t[5])  # error[E0312]: tuple index
