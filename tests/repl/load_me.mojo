# Loaded by load.repl: its definitions stay, its top-level statements run, its `main` does not.
def triple(n: Int) -> Int:
    return n * 3


struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def bump(mut self):
        self.n += 1


def main():
    print("main is not run by :load")
