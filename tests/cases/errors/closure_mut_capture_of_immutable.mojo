def run(n: Int):
    def bump() {mut n}:  # error[E0307]: cannot capture 'n' as `mut`
        n += 1

    bump()


def main():
    run(1)
