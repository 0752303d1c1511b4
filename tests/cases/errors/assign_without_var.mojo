def main():
    x = 5  # error[E0315]: unknown declaration 'x'
    print(x)
