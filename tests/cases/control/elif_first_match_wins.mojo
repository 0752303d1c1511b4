def main():
    var x = 15
    if x % 3 == 0:
        print("fizz")
    elif x % 5 == 0:
        print("buzz")
    else:
        print("other")
    # CHECK: fizz
