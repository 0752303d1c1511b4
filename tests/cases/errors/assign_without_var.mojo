def main():
    x = 5  # error[E0315]: implicit declaration of 'x' is not allowed
    print(x)
