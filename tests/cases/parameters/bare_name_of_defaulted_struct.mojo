# A struct whose parameters all have defaults may be named bare: `Config.show()` is
# `Config[level=1].show()`.
struct Config[level: Int = 1]:
    def __init__(out self):
        pass
    @staticmethod
    def show():
        print("level", Self.level)
    def get(self) -> Int:
        return Self.level

def main():
    Config.show()
    var c = Config()
    print(c.get())
    Config[level=7].show()

# The expected output, checked against Mojo 1.2:
# CHECK: level 1
# CHECK: 1
# CHECK: level 7
