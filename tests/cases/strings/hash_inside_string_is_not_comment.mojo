def main():
    print("has # hash", 'and # too')  # a real comment
    # CHECK: has # hash and # too
