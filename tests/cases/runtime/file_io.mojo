# open(path, mode) and FileHandle: write (variadic, like print without separators), append,
# read (all or n bytes), close, with; a missing file raises Mojo 1.2's message.
def main() raises:
    var f = open("/tmp/mojo_like_case_file_io.txt", "w")
    f.write("a\n")
    f.write("b", 1, "\n")
    f.close()
    with open("/tmp/mojo_like_case_file_io.txt", "a") as g:
        g.write("c\n")
    with open("/tmp/mojo_like_case_file_io.txt", "r") as h:
        var s = h.read()
        print(s, end="")
        print(s.byte_length())
    var r = open("/tmp/mojo_like_case_file_io.txt", "r")
    print(r.read(2), "|", r.read(), end="")
    r.close()
    try:
        _ = open("/tmp/mojo_like_no_such_dir/x.txt", "r")
    except e:
        print("error:", e)
# CHECK: a
# CHECK: b1
# CHECK: c
# CHECK: 7
# CHECK: a
# CHECK:  | b1
# CHECK: c
# CHECK: error: Failed to open file '/tmp/mojo_like_no_such_dir/x.txt': No such file or directory
