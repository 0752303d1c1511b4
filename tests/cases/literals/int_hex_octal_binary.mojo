def main():
    print(0xff, 0o17, 0b1010)
    # CHECK: 255 15 10
    print(0XAB, 0O7, 0B11)
    # CHECK: 171 7 3
    print(0xdead_beef, 0b1111_0000, 0o7_7)
    # CHECK: 3735928559 240 63
