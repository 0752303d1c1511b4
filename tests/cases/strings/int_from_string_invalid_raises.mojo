def main():
    try:
        var n = Int("12x")
        print("parsed", n)
    except e:
        print("failed to parse")
    # CHECK: failed to parse
