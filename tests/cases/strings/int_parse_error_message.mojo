def main():
    try:
        print(Int("abc"))
    except e:
        print(e)
    # CHECK: String is not convertible to integer with base 10: 'abc'
    try:
        print(Int(""))
    except e:
        print(e)
    # CHECK: String is not convertible to integer with base 10: ''
