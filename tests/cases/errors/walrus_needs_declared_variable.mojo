# Mojo 1.2's `:=` declares nothing: the variable must exist.
def main():
    if (n := 3) > 2:  # error[E0201]: use of unknown declaration 'n'
        print("big")
