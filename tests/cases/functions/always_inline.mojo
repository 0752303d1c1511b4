# `@always_inline` (also `@always_inline("nodebug")`): the JIT inlines the function whatever its
# size; what it computes does not change.
@always_inline("nodebug")
def big(x: Int) -> Int:
    var s = x
    for i in range(10):
        s = s * 3 + i
        if s > 1000000:
            s = s % 9973
        else:
            s += 7
        s ^= i
    return s

def main():
    var t = 0
    for k in range(100):
        t += big(k)
    print(t)
# CHECK: 9448347
