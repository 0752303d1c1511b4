# A compile-time parameter of a function type without `thin` stands for a closure value: Mojo 1.2
# does not take a function there (plain or nested), nor a capturing closure.
def apply[func: def(Float64) -> Float64](x: Float64) -> Float64:
    return func(x)


def twice(x: Float64) -> Float64:
    return 2 * x


def main():
    var k = 2.0

    def scale(x: Float64) {imm k} -> Float64:
        return x * k

    print(apply[twice](1.5))  # error[E0301]: parameter 'func' has 'def(Float64) -> Float64' type
    print(apply[scale](1.5))  # error[E0301]: cannot use a dynamic value in a parameter list
