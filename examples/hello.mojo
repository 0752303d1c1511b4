def main():
    print("Hello, Mojo!")
    # CHECK: Hello, Mojo!
