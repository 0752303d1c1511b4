# Older Mojo's `vectorize[body, width](size)` with a `@parameter fn body[width: Int](i: Int)`.
from algorithm import vectorize

fn main():
    var total = 0
    @parameter
    fn body[width: Int](i: Int):
        total += width * 1000 + i
    vectorize[body, 4](10)
    print(total)
# CHECK: 10021
