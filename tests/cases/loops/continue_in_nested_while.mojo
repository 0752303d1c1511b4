def main():
    var i = 0
    var pairs = 0
    while i < 4:
        i += 1
        var j = 0
        while j < 4:
            j += 1
            if j == i:
                continue
            pairs += 1
    print(pairs)
    # CHECK: 12
