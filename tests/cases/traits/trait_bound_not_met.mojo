trait Shape:
    def area(self) -> Float64:
        ...

@fieldwise_init
struct Blob:
    var size: Float64

    def area(self) -> Float64:
        return self.size

def describe(s: Some[Shape]) -> Float64:
    return s.area()

def main():
    print(describe(Blob(2)))  # error[E0316]: does not conform to trait 'Shape'
