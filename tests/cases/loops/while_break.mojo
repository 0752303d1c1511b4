def main():
    var i = 0
    while True:
        i += 1
        if i * i > 50:
            break
    print(i)
    # CHECK: 8
