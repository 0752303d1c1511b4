# A built-in type does not conform to a trait of the program.
trait Shape:
    def area(self) -> Int: ...

def main():
    print(conforms_to(Int, Shape))
    print(conforms_to(String, Shape))

# The expected output, checked against Mojo 1.2:
# CHECK: False
# CHECK: False
