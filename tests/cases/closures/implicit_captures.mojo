# A nested `def` without a capture list (the `@parameter` closure form) captures the variables
# around it that it names: it sees their current values and its assignments reach them; a closure
# may call another.
def main():
    var total = 0
    var scale = 3
    var log: List[Int] = []

    @parameter
    def add(x: Int):
        total += x * scale
        log.append(x)

    @parameter
    def add_twice(x: Int):
        add(x)
        add(x + 1)

    add(1)
    add_twice(10)
    print(total, len(log), log)
    scale = 100
    add(1)
    print(total)
    var names: List[String] = ["a", "bb"]

    @parameter
    def width() -> Int:
        var w = 0
        for n in names:
            w += n.byte_length()
        return w

    print(width())

# The expected output, checked against Mojo 1.2:
# CHECK: 66 3 [1, 10, 11]
# CHECK: 166
# CHECK: 3
