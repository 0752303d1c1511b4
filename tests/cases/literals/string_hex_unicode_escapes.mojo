def main():
    print("\x41\x42\x43")
    # CHECK: ABC
    print("caf\u00e9")
    # CHECK: café
    print("\x41" == "A", "\u00e9" == "é")
    # CHECK: True True
