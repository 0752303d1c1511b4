"""Writes tests/cases/llm/data/tiny.gguf, the small GGUF file the `llm.formats.gguf` cases read,
with the PyPI `gguf` package (the reference writer): metadata of several value types and
tensors of the types the reader dequantizes, with values a case can check. The file is
committed; run this again (with `gguf` and `numpy` installed) to remake it:

    python3 tests/llm/make_tiny_gguf.py
"""
import os

import gguf
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases", "llm", "data", "tiny.gguf")

w = gguf.GGUFWriter(OUT, "llama")
w.add_uint32("tiny.u32", 4000000000)
w.add_int32("tiny.i32", -7)
w.add_float32("tiny.f32", 0.25)
w.add_bool("tiny.flag", True)
w.add_string("tiny.name", "tiny-llama ✓")
w.add_array("tiny.tokens", ["<s>", "hello", "wörld"])
w.add_array("tiny.ids", [3, -1, 42])
w.add_uint64("tiny.u64", 12345678901)
w.add_float64("tiny.f64", -1.5)
w.add_context_length(64)

a = np.arange(8, dtype=np.float32).reshape(2, 4) * 0.5 - 1.0
w.add_tensor("a.f32", a)
w.add_tensor("b.f16", (np.arange(6, dtype=np.float32) / 4).astype(np.float16))
q = (np.arange(64, dtype=np.float32) - 32) / 8
for name, t in [("c.q8_0", gguf.GGMLQuantizationType.Q8_0), ("d.q4_0", gguf.GGMLQuantizationType.Q4_0),
                ("e.q4_1", gguf.GGMLQuantizationType.Q4_1), ("f.bf16", gguf.GGMLQuantizationType.BF16)]:
    data = gguf.quants.quantize(q, t)
    w.add_tensor(name, data, raw_dtype=t)

w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()

# What the cases expect, printed from the reference reader: dequantized values.
r = gguf.GGUFReader(OUT)
for t in r.tensors:
    vals = gguf.quants.dequantize(t.data, t.tensor_type).reshape(-1)
    print(t.name, t.tensor_type.name, list(map(int, t.shape)), [float(x) for x in vals[:3]], float(vals[-1]), float(vals.sum()))

# Damaged copies for the error cases: cut inside the metadata, and inside the tensor data.
with open(OUT, "rb") as f:
    whole = f.read()
for name, n in [("truncated.gguf", 300), ("truncated_data.gguf", 1000)]:
    with open(os.path.join(os.path.dirname(OUT), name), "wb") as f:
        f.write(whole[:n])
