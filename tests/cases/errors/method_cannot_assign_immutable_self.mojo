struct C:
    var n: Int

    def __init__(out self):
        self.n = 0

    def reset(self):
        self.n = 1  # error[E0307]: cannot assign to 'self'


def main():
    var c = C()
    c.reset()
