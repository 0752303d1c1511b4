def main():
    print(sqrt(4.0))  # error[E0201]: use of unknown declaration 'sqrt'
