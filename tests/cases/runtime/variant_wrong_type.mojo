# EXIT: 1
# STDERR: variant_wrong_type.mojo:9:12: error[E0605]: get: wrong variant type
# Asking a Variant for a type it does not hold stops the program (Mojo 1.2 aborts with the same
# message and location).
from std.utils import Variant

def main():
    var v = Variant[Int, String](5)
    print(v[String])
