# list.copy() copies each element with its copy constructor; both lists destroy their own.
struct Tag(Copyable):
    var label: String

    def __init__(out self, label: String):
        self.label = label

    def __init__(out self, *, copy: Self):
        self.label = copy.label + "*"
        print("copy", self.label)

    def __del__(deinit self):
        print("del", self.label)

def main():
    var xs = List[Tag]()
    xs.append(Tag("x"))
    xs.append(Tag("y"))
    print("copying")
    var ys = xs.copy()
    print("copied", len(ys))
    _ = xs^
    print("originals gone")
    ys.append(Tag("z"))
    print("end", len(ys))
    # CHECK: copying
    # CHECK: copy x*
    # CHECK: copy y*
    # CHECK: copied 2
    # CHECK: del x
    # CHECK: del y
    # CHECK: originals gone
    # CHECK: del x*
    # CHECK: del y*
    # CHECK: del z
    # CHECK: end 3
