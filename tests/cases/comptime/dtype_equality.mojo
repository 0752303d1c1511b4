# DType values compare with == and != : folded for compile-time parameters (comptime if), by code at run time.
def kind[dt: DType]() -> String:
    comptime if dt == DType.float32:
        return "f32"
    elif dt.is_integral():
        return "int"
    else:
        return "other"

def width_of[dt: DType]() -> Int:
    if dt == DType.float64 or dt == DType.int64:
        return 8
    return 4 if dt != DType.bool else 1

def main():
    print(kind[DType.float32](), kind[DType.int8](), kind[DType.float64]())
    print(width_of[DType.float64](), width_of[DType.int16](), width_of[DType.bool]())
    var d = DType.uint8
    var e = DType.uint8
    print(d == e, d != e, d == DType.int8)
    comptime ok = DType.float16 == DType.float16
    print(ok)
# CHECK: f32 int other
# CHECK: 8 4 1
# CHECK: True False False
# CHECK: True
