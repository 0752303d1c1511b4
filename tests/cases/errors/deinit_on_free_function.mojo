# `deinit` arguments belong to struct methods (Mojo 1.2 rejects them elsewhere too).
struct R:
    var n: Int

    def __init__(out self, n: Int):
        self.n = n


def drop_it(deinit r: R):  # error[E0110]: `deinit` is only valid on the arguments of a struct's methods
    pass


def main():
    drop_it(R(1))
