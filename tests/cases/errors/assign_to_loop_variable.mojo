def main():
    for i in range(3):
        i += 10  # error[E0307]: cannot assign
        print(i)
