def main():
    print("\xe9".byte_length(), "\xe9" == "\u00e9")
    # CHECK: 2 True
    print("caf\xe9")
    # CHECK: café
