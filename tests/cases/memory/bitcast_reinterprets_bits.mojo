# bitcast[dt, w](v) from std.memory: the value's bits read as another SIMD type of the same size.
from std.memory import bitcast

def main():
    var bs: List[UInt32] = [1019282018, 1061012879, 1084537445]
    for b in bs:
        var f = bitcast[DType.float32](b)
        print(f, bitcast[DType.uint32](f) == b)
    var one = bitcast[DType.uint64](Float64(1.0))
    print(one)
    var bytes = bitcast[DType.uint8, 4](Float32(1.0))
    print(bytes)
    var v = SIMD[DType.uint16, 4](1, 2, 3, 4)
    print(bitcast[DType.uint64, 1](v), bitcast[DType.uint32, 2](v))
    print(bitcast[DType.int8](UInt8(255)), bitcast[DType.float16](UInt16(0x3C00)))
    var neg = bitcast[DType.int32](Float32(-0.0))
    print(neg)
# CHECK: 0.023560706 True
# CHECK: 0.74129576 True
# CHECK: 5.147753 True
# CHECK: 4607182418800017408
# CHECK: [0, 0, 128, 63]
# CHECK: 1125912791875585 [131073, 262147]
# CHECK: -1 1.0
# CHECK: -2147483648
