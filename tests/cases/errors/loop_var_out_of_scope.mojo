def main():
    for i in range(3):
        print(i)
    print(i)  # error[E0201]: unknown declaration 'i'
