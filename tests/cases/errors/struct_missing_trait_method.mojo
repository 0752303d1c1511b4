trait Shape:
    def area(self) -> Float64:
        ...


@fieldwise_init
struct Blob(Copyable, Shape):  # error[E0316]: does not implement method 'area'
    var size: Int


def main():
    print(Blob(1).size)
