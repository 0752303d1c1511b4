# A static method can be called through an instance too (`c.limit()`).
struct Counter:
    var n: Int
    def __init__(out self):
        self.n = 0
    @staticmethod
    def limit() -> Int:
        return 10

def main():
    var c = Counter()
    print(c.limit(), Counter.limit())

# The expected output, checked against Mojo 1.2:
# CHECK: 10 10
