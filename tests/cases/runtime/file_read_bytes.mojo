# FileHandle.read_bytes: the file's bytes as they are (a List[UInt8]): all of them, or up to n
# from the current position; a file larger than one read (64 KiB) comes back whole.
def main() raises:
    var path = "/tmp/mojo_like_case_read_bytes.bin"
    with open(path, "w") as f:
        f.write("é-A\n")
    with open(path, "r") as f:
        var b = f.read_bytes()
        print(len(b), b[0], b[1], b[2], b[3], b[4])
    # CHECK: 5 195 169 45 65 10
    var big = String("")
    for i in range(7000):
        big += "0123456789"
    with open(path, "w") as f:
        f.write(big)
    with open(path, "r") as f:
        var head = f.read_bytes(3)
        var rest = f.read_bytes()
        print(len(head), head[2], len(rest), rest[0], rest[len(rest) - 1])
        print(len(f.read_bytes()))
    # CHECK: 3 50 69997 51 57
    # CHECK: 0
