def main():
    var x = 3
    print(len(x))  # error[E0301]: 'Int' has no length
