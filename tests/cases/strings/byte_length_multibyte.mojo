def main():
    print("é".byte_length(), "€".byte_length(), "😀".byte_length())
    # CHECK: 2 3 4
    print("\u00e9".byte_length(), "\x41".byte_length())
    # CHECK: 2 1
