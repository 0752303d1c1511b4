# PTX: atom.global.exch.b32
# `Atomic[T].exchange` and `Atomic[T].fetch_sub` from 3 blocks of 32 threads: exchange passes one
# slot through every thread (each value, the initial one included, comes out exactly once), and
# fetch_sub hands out 96 distinct old values.
from max.gpu import global_idx
from max.gpu.host import DeviceContext
from std.atomic import Atomic


def k(slot: UnsafePointer[Int32, MutAnyOrigin], xolds: UnsafePointer[Int32, MutAnyOrigin], solds: UnsafePointer[Int32, MutAnyOrigin]):
    var g = global_idx.x
    xolds[g] = Atomic[Int32].exchange(slot, Int32(g + 1))
    solds[g] = Atomic[Int32].fetch_sub(slot + 1, Int32(3))


def main() raises:
    var ctx = DeviceContext()
    var slot = ctx.enqueue_create_buffer[DType.int32](2)
    var xolds = ctx.enqueue_create_buffer[DType.int32](96)
    var solds = ctx.enqueue_create_buffer[DType.int32](96)
    with slot.map_to_host() as h:
        h[0] = 0
        h[1] = 1000
    ctx.enqueue_function[k](slot, xolds, solds, grid_dim=3, block_dim=32)
    with slot.map_to_host() as s, xolds.map_to_host() as x, solds.map_to_host() as o:
        print("after sub", s[1])
        # CHECK: after sub 712
        var seen = List[Int](length=97, fill=0)
        seen[Int(s[0])] += 1
        for i in range(96):
            seen[Int(x[i])] += 1
        var once = True
        for v in range(97):
            once = once and seen[v] == 1
        print("exchange: every value once", once)
        # CHECK: exchange: every value once True
        var hit = List[Int](length=96, fill=0)
        for i in range(96):
            var d = 1000 - Int(o[i])
            if d % 3 == 0 and d >= 0 and d // 3 < 96:
                hit[d // 3] += 1
        var distinct = True
        for v in range(96):
            distinct = distinct and hit[v] == 1
        print("fetch_sub: distinct olds", distinct)
        # CHECK: fetch_sub: distinct olds True
