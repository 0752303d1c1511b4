def main():
    var s = "héllo"
    print("ell" in s, "éll" in s, "é" in s)
    # CHECK: False True True
