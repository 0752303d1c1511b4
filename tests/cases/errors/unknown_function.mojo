def main():
    print(nosuchfn(3))  # error[E0201]: unknown declaration 'nosuchfn'
