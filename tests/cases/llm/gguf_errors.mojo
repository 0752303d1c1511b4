# A damaged or wrong file is a clear error naming the file and what was expected: cut inside
# the metadata, cut inside a tensor's data, and a file that is not GGUF at all.
from std.sys import argv
from llm.formats.gguf import GGUFFile


def main() raises:
    var me = argv()[0]
    var dir = me[byte = 0 : me.rfind("/")] + "/data/"
    try:
        _ = GGUFFile(dir + "truncated.gguf")
    except e:
        print(String(e).replace(dir, "DIR/"))
    # CHECK: DIR/truncated.gguf: truncated GGUF file: the value of `tiny.ids` needs 4 bytes at offset 299, but the file has 300
    var g = GGUFFile(dir + "truncated_data.gguf")
    print(len(g.tensors), g.to_f32("a.f32")[7])
    # CHECK: 6 2.5
    try:
        _ = g.to_f32("f.bf16")
    except e:
        print(String(e).replace(dir, "DIR/"))
    # CHECK: DIR/truncated_data.gguf: truncated GGUF file: tensor `f.bf16` needs 128 bytes at offset 960, but the file has 1000
    try:
        _ = GGUFFile(me)
    except e:
        print(String(e).replace(me, "PROGRAM"))
    # CHECK: PROGRAM: not a GGUF file (it does not start with `GGUF`)
