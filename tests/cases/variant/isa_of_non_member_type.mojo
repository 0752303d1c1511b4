# `v.isa[T]()` needs `T` to be one of the variant's types (Mojo 1.2 fails the instantiation).
# EXIT: 1
# STDERR: error[E0404]: compile-time assertion failed: the type is not one of the variant's types
# STDERR: 'Variant.isa' instantiated from here
from std.utils import Variant


def main():
    var v = Variant[Int, String](3)
    print(v.isa[Float64]())
