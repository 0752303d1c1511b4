# error[E0203]: main
def helper() -> Int:
    return 1
