def main():
    var i = 0
    while i < 3:
        i += 1
    else:
        print("else ran", i)
    # CHECK: else ran 3
