# Optionals compare equal when both are empty or both hold equal values; `None` and a value
# convert to an Optional for the comparison.
def main():
    var a = Optional[Int](3)
    var b = Optional[Int]()
    print(a == Optional[Int](3), a != b, b == None, a == None, a == 3, a != 4)
    var s: Optional[String] = String("x")
    print(s == String("x"), s != None)

# The expected output, checked against Mojo 1.2:
# CHECK: True True True False True True
# CHECK: True True
