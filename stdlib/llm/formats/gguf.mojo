"""GGUF model files (versions 2 and 3): the header, the metadata (every value type, arrays
included), the tensor table, the data's alignment (`general.alignment`, 32 by default), and
each tensor's values as `Float32`, dequantized from F32, F16, BF16, Q8_0, Q4_0 or Q4_1. A
truncated or corrupt file, or a tensor of another type, raises an error naming the file, the key
or tensor, and what was expected."""
from std.memory import bitcast

comptime _MAGIC = 0x46554747  # "GGUF", little-endian

# Tensor types (ggml's numbering).
comptime GGUF_F32 = 0
comptime GGUF_F16 = 1
comptime GGUF_Q4_0 = 2
comptime GGUF_Q4_1 = 3
comptime GGUF_Q8_0 = 8
comptime GGUF_BF16 = 30


def gguf_type_name(code: Int) -> String:
    """The name of tensor type `code` (`Q4_1`), or `type N` for one this reader does not know."""
    if code == GGUF_F32:
        return "F32"
    if code == GGUF_F16:
        return "F16"
    if code == GGUF_Q4_0:
        return "Q4_0"
    if code == GGUF_Q4_1:
        return "Q4_1"
    if code == GGUF_Q8_0:
        return "Q8_0"
    if code == GGUF_BF16:
        return "BF16"
    return "type " + String(code)


def _block(code: Int) -> Tuple[Int, Int]:
    """Elements per block and bytes per block of tensor type `code` ((0, 0): unknown)."""
    if code == GGUF_F32:
        return (1, 4)
    if code == GGUF_F16 or code == GGUF_BF16:
        return (1, 2)
    if code == GGUF_Q4_0:
        return (32, 18)
    if code == GGUF_Q4_1:
        return (32, 20)
    if code == GGUF_Q8_0:
        return (32, 34)
    return (0, 0)


@fieldwise_init
struct GGUFTensor(Copyable, Movable):
    """One tensor of the table: its name, shape (innermost dimension first, as GGUF stores it),
    type and where its data starts in the file."""

    var name: String
    var shape: List[Int]
    var type_code: Int
    var offset: Int

    def element_count(self) -> Int:
        var n = 1
        for d in self.shape:
            n *= d
        return n

    def type_name(self) -> String:
        return gguf_type_name(self.type_code)


@fieldwise_init
struct GGUFValue(Copyable, Movable):
    """A metadata value: its GGUF value type (`kind`: 0-12) and the value, in the field for its
    kind (integers and booleans in `int_value`, floats in `float_value`, a string in `text`, an
    array's elements in `ints`, `floats` or `strings` with their type in `array_kind`)."""

    var kind: Int
    var int_value: Int
    var float_value: Float64
    var text: String
    var array_kind: Int
    var ints: List[Int]
    var floats: List[Float64]
    var strings: List[String]


def _u32(data: List[UInt8], at: Int) -> Int:
    return Int(data[at]) | (Int(data[at + 1]) << 8) | (Int(data[at + 2]) << 16) | (Int(data[at + 3]) << 24)


def _u64(data: List[UInt8], at: Int) -> Int:
    return _u32(data, at) | (_u32(data, at + 4) << 32)


def _u16(data: List[UInt8], at: Int) -> Int:
    return Int(data[at]) | (Int(data[at + 1]) << 8)


def _f16(data: List[UInt8], at: Int) -> Float32:
    return Float32(bitcast[DType.float16](UInt16(_u16(data, at))))


struct GGUFFile:
    """A GGUF file read into memory: `GGUFFile(path)`."""

    var path: String
    var version: Int
    var alignment: Int
    var data_start: Int
    var keys: List[String]
    var values: List[GGUFValue]
    var tensors: List[GGUFTensor]
    var _data: List[UInt8]
    var _pos: Int

    def __init__(out self, path: String) raises:
        self.path = path
        self.version = 0
        self.alignment = 32
        self.data_start = 0
        self.keys = List[String]()
        self.values = List[GGUFValue]()
        self.tensors = List[GGUFTensor]()
        self._pos = 0
        with open(path, "r") as f:
            self._data = f.read_bytes()
        self._need(8, "the header")
        if _u32(self._data, 0) != _MAGIC:
            raise Error(path + ": not a GGUF file (it does not start with `GGUF`)")
        self.version = _u32(self._data, 4)
        if self.version != 2 and self.version != 3:
            raise Error(path + ": GGUF version " + String(self.version) + " is not supported (2 and 3 are)")
        self._pos = 8
        var n_tensors = self._next_u64("the tensor count")
        var n_keys = self._next_u64("the metadata count")
        for _ in range(n_keys):
            var key = self._next_string("a metadata key")
            var kind = self._next_u32("the type of `" + key + "`")
            var v = self._value(kind, key)
            if key == "general.alignment":
                self.alignment = v.int_value
                if self.alignment <= 0 or self.alignment % 8 != 0:
                    raise Error(path + ": `general.alignment` is " + String(self.alignment) + ", expected a positive multiple of 8")
            self.keys.append(key)
            self.values.append(v^)
        for _ in range(n_tensors):
            var name = self._next_string("a tensor name")
            var dims = self._next_u32("the dimensions of tensor `" + name + "`")
            if dims > 8:
                raise Error(path + ": tensor `" + name + "` has " + String(dims) + " dimensions, expected at most 8")
            var shape = List[Int]()
            for _ in range(dims):
                shape.append(self._next_u64("a dimension of tensor `" + name + "`"))
            var code = self._next_u32("the type of tensor `" + name + "`")
            var offset = self._next_u64("the offset of tensor `" + name + "`")
            self.tensors.append(GGUFTensor(name, shape^, code, offset))
        self.data_start = (self._pos + self.alignment - 1) // self.alignment * self.alignment
        for i in range(len(self.tensors)):
            self.tensors[i].offset += self.data_start

    def _need(self, n: Int, what: String) raises:
        if self._pos + n > len(self._data):
            raise Error(
                self.path + ": truncated GGUF file: " + what + " needs " + String(n) + " bytes at offset "
                + String(self._pos) + ", but the file has " + String(len(self._data))
            )

    def _next_u32(mut self, what: String) raises -> Int:
        self._need(4, what)
        self._pos += 4
        return _u32(self._data, self._pos - 4)

    def _next_u64(mut self, what: String) raises -> Int:
        self._need(8, what)
        self._pos += 8
        return _u64(self._data, self._pos - 8)

    def _next_string(mut self, what: String) raises -> String:
        var n = self._next_u64(what)
        if n < 0 or n > len(self._data):
            raise Error(self.path + ": corrupt GGUF file: " + what + " claims " + String(n) + " bytes")
        self._need(n, what)
        var s = String(unsafe_from_utf8=Span(self._data)[self._pos : self._pos + n])
        self._pos += n
        return s^

    def _scalar(mut self, kind: Int, what: String) raises -> Tuple[Int, Float64]:
        """A scalar value of GGUF type `kind`: (integer or boolean, float)."""
        if kind == 0 or kind == 1 or kind == 7:
            self._need(1, what)
            var v = Int(self._data[self._pos])
            self._pos += 1
            if kind == 1 and v >= 128:
                v -= 256
            return (v, Float64(v))
        if kind == 2 or kind == 3:
            self._need(2, what)
            var v = _u16(self._data, self._pos)
            self._pos += 2
            if kind == 3 and v >= 32768:
                v -= 65536
            return (v, Float64(v))
        if kind == 4 or kind == 5:
            var v = self._next_u32(what)
            if kind == 5 and v >= 2147483648:
                v -= 4294967296
            return (v, Float64(v))
        if kind == 6:
            var bits = self._next_u32(what)
            return (0, Float64(bitcast[DType.float32](UInt32(bits))))
        if kind == 10 or kind == 11:
            var v = self._next_u64(what)
            return (v, Float64(v))
        if kind == 12:
            var bits = self._next_u64(what)
            return (0, bitcast[DType.float64](UInt64(bits)))
        raise Error(self.path + ": corrupt GGUF file: " + what + " has value type " + String(kind) + ", expected 0 to 12")

    def _value(mut self, kind: Int, key: String) raises -> GGUFValue:
        var v = GGUFValue(kind, 0, 0.0, String(""), -1, List[Int](), List[Float64](), List[String]())
        var what = "the value of `" + key + "`"
        if kind == 8:
            v.text = self._next_string(what)
        elif kind == 9:
            v.array_kind = self._next_u32(what)
            var n = self._next_u64(what)
            if n < 0 or n > len(self._data):
                raise Error(self.path + ": corrupt GGUF file: " + what + " claims " + String(n) + " elements")
            for _ in range(n):
                if v.array_kind == 8:
                    v.strings.append(self._next_string(what))
                elif v.array_kind == 9:
                    raise Error(self.path + ": " + what + " is an array of arrays, which this reader does not read")
                else:
                    var s = self._scalar(v.array_kind, what)
                    if v.array_kind == 6 or v.array_kind == 12:
                        v.floats.append(s[1])
                    else:
                        v.ints.append(s[0])
        else:
            var s = self._scalar(kind, what)
            v.int_value = s[0]
            v.float_value = s[1]
        return v^

    def has(self, key: String) -> Bool:
        for k in self.keys:
            if k == key:
                return True
        return False

    def value(self, key: String) raises -> GGUFValue:
        """The metadata value of `key`."""
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                return self.values[i].copy()
        raise Error(self.path + ": no metadata key `" + key + "`")

    def get_int(self, key: String) raises -> Int:
        return self.value(key).int_value

    def get_float(self, key: String) raises -> Float64:
        return self.value(key).float_value

    def get_str(self, key: String) raises -> String:
        var v = self.value(key)
        if v.kind != 8:
            raise Error(self.path + ": metadata `" + key + "` is not a string")
        return v.text

    def tensor(self, name: String) raises -> GGUFTensor:
        for t in self.tensors:
            if t.name == name:
                return t.copy()
        raise Error(self.path + ": no tensor `" + name + "`")

    def to_f32(self, name: String) raises -> List[Float32]:
        """Tensor `name`'s values, dequantized, in the file's order."""
        var t = self.tensor(name)
        var blk = _block(t.type_code)
        if blk[0] == 0:
            raise Error(self.path + ": tensor `" + name + "` has type " + t.type_name() + ", which this reader does not read (F32, F16, BF16, Q8_0, Q4_0, Q4_1)")
        var n = t.element_count()
        if n % blk[0] != 0:
            raise Error(self.path + ": tensor `" + name + "` has " + String(n) + " elements, expected a multiple of " + String(blk[0]) + " for " + t.type_name())
        var size = n // blk[0] * blk[1]
        if t.offset + size > len(self._data):
            raise Error(
                self.path + ": truncated GGUF file: tensor `" + name + "` needs " + String(size)
                + " bytes at offset " + String(t.offset) + ", but the file has " + String(len(self._data))
            )
        var out = List[Float32](capacity=n)
        var at = t.offset
        if t.type_code == GGUF_F32:
            for i in range(n):
                out.append(bitcast[DType.float32](UInt32(_u32(self._data, at + 4 * i))))
        elif t.type_code == GGUF_F16:
            for i in range(n):
                out.append(_f16(self._data, at + 2 * i))
        elif t.type_code == GGUF_BF16:
            for i in range(n):
                out.append(bitcast[DType.float32](UInt32(_u16(self._data, at + 2 * i) << 16)))
        else:
            for b in range(n // 32):
                var p = at + b * blk[1]
                var d = _f16(self._data, p)
                if t.type_code == GGUF_Q8_0:
                    for j in range(32):
                        var q = Int(self._data[p + 2 + j])
                        if q >= 128:
                            q -= 256
                        out.append(d * Float32(q))
                elif t.type_code == GGUF_Q4_0:
                    var lo = List[Float32]()
                    var hi = List[Float32]()
                    for j in range(16):
                        var q = Int(self._data[p + 2 + j])
                        lo.append(d * Float32((q & 15) - 8))
                        hi.append(d * Float32((q >> 4) - 8))
                    out.extend(lo^)
                    out.extend(hi^)
                else:
                    var m = _f16(self._data, p + 2)
                    var lo = List[Float32]()
                    var hi = List[Float32]()
                    for j in range(16):
                        var q = Int(self._data[p + 4 + j])
                        lo.append(d * Float32(q & 15) + m)
                        hi.append(d * Float32(q >> 4) + m)
                    out.extend(lo^)
                    out.extend(hi^)
        return out^
