# s.__contains__(t) called by name is the same test as t in s.
def main():
    var s = String("hello")
    print(s.__contains__("ell"), s.__contains__("x"), "ell" in s)
# CHECK: True False True
