# A field's value can be moved out (`self.items^`, `b.s^`) if the field is given a new value
# before the variable is used again: the usual replace and swap (checked with Mojo 1.2).
struct Part(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("init", id)

    def __deinit__(deinit self):
        print("deinit", self.id)

struct Machine(Movable):
    var a: Part
    var b: Part
    var log: List[String]

    def __init__(out self):
        self.a = Part(1)
        self.b = Part(2)
        self.log = List[String]()

    def swap(mut self):
        var old = self.b^
        self.b = self.a^
        self.a = old^

    def replace_log(mut self, var new: List[String]) -> List[String]:
        var old = self.log^
        self.log = new^
        return old^

def main():
    var m = Machine()
    m.swap()
    print(m.a.id, m.b.id)
    var l: List[String] = ["x"]
    var old = m.replace_log(l^)
    print(len(old), len(m.log))
    var taken = m.a^
    print("took", taken.id)
    m.a = Part(3)
    print(m.a.id, m.b.id)
    # CHECK: init 1
    # CHECK: init 2
    # CHECK: 2 1
    # CHECK: 0 1
    # CHECK: took 2
    # CHECK: deinit 2
    # CHECK: init 3
    # CHECK: 3 1
    # CHECK: deinit 3
    # CHECK: deinit 1
