def main():
    try:
        print(Int("9223372036854775808"))
    except e:
        print(e)
    # CHECK: String is not convertible to integer with base 10: '9223372036854775808' String expresses an integer too large to store in Int.
