def main():
    var x = 3; var y = 4
    print(x + y); print(x * y)
    # CHECK: 7
    # CHECK: 12
