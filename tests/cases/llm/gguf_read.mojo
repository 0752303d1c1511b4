# llm.formats.gguf reads tests/cases/llm/data/tiny.gguf (written by the PyPI `gguf` package:
# tests/llm/make_tiny_gguf.py): metadata of each value type, the tensor table, and tensors
# dequantized to Float32. The expected values are those the `gguf` package's own reader gives.
from std.sys import argv
from llm.formats.gguf import GGUFFile


def main() raises:
    var me = argv()[0]
    var dir = me[byte = 0 : me.rfind("/")] + "/data/"
    var g = GGUFFile(dir + "tiny.gguf")
    print(g.version, len(g.keys), len(g.tensors), g.alignment)
    # CHECK: 3 11 6 32
    print(g.get_str("general.architecture"), g.get_int("llama.context_length"))
    # CHECK: llama 64
    print(g.get_int("tiny.u32"), g.get_int("tiny.i32"), g.get_float("tiny.f32"), g.get_int("tiny.flag"))
    # CHECK: 4000000000 -7 0.25 1
    print(g.get_str("tiny.name"), g.get_int("tiny.u64"), g.get_float("tiny.f64"))
    # CHECK: tiny-llama ✓ 12345678901 -1.5
    var toks = g.value("tiny.tokens")
    print(len(toks.strings), toks.strings[2], g.value("tiny.ids").ints[1])
    # CHECK: 3 wörld -1
    for t in g.tensors:
        var v = g.to_f32(t.name)
        var total: Float32 = 0
        for x in v:
            total += x
        print(t.name, t.type_name(), t.shape[0], len(v), v[0], v[1], v[2], v[len(v) - 1], total)
    # CHECK: a.f32 F32 4 8 -1.0 -0.5 0.0 2.5 6.0
    # CHECK: b.f16 F16 6 6 0.0 0.25 0.5 1.25 3.75
    # CHECK: c.q8_0 Q8_0 64 64 -3.9997559 -3.8737793 -3.7478027 3.8757324 -4.0
    # CHECK: d.q4_0 Q4_0 64 64 -4.0 -4.0 -3.5 3.875 -2.0
    # CHECK: e.q4_1 Q4_1 64 64 -4.0 -4.0 -3.7416992 3.8745117 -4.015625
    # CHECK: f.bf16 BF16 64 64 -4.0 -3.875 -3.75 3.875 -4.0
    try:
        _ = g.to_f32("missing")
    except e:
        print(String(e).replace(dir, "DIR/"))
    # CHECK: DIR/tiny.gguf: no tensor `missing`
