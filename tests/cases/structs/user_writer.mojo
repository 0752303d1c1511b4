# A struct that is a Writer (it has write_string) receives what write_to and write(...) write,
# as in Mojo 1.2.
struct Upper(Writer):
    var buf: String
    var writes: Int

    def __init__(out self):
        self.buf = String()
        self.writes = 0

    def write_string(mut self, s: StringSlice):
        self.writes += 1
        self.buf += String(s).upper()

@fieldwise_init
struct Pt(Writable, Copyable):
    var x: Int
    var y: Int
    def write_to(self, mut w: Some[Writer]):
        w.write("pt(", self.x, ";", self.y, ")")

def main():
    var u = Upper()
    u.write("hello ", 42, " ", Pt(1, 2), " ", 2.5)
    print(u.buf)
    Pt(7, 8).write_to(u)
    print(u.buf, u.writes > 0)
    var s = String()
    Pt(3, -4).write_to(s)
    s.write(" and ", True)
    print(s)
    # CHECK: HELLO 42 PT(1;2) 2.5
    # CHECK: HELLO 42 PT(1;2) 2.5PT(7;8) True
    # CHECK: pt(3;-4) and True
