def main():
    print("abc" < "abd", "ab" < "abc", "" < "a", "b" > "abc")
    # CHECK: True True True True
    print("Z" < "a", "apple" <= "apple", "apple" >= "banana")
    # CHECK: True True False
