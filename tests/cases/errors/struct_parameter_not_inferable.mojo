struct Stack[n: Int](Copyable):
    var top: Int

    def __init__(out self):
        self.top = 0


def main():
    var s = Stack()  # error[E0302]: cannot infer parameter 'n'
