def main():
    print((1 + 2])  # error[E0110]: unexpected
