def main():
    var total = (1 +
        2 +
            3)
    print(total)
    # CHECK: 6
    var s = (
        "ab"
        + "cd"
    )
    print(s)
    # CHECK: abcd
