# String(from_utf8=bytes) raises on invalid UTF-8; String(unsafe_from_utf8=bytes) trusts them. Both take a Span or List of UInt8.
def main():
    var bytes: List[UInt8] = [104, 105, 0xC3, 0xA9]
    var s = String(unsafe_from_utf8=Span(bytes))
    print(s, s.byte_length())
    try:
        var t = String(from_utf8=Span(bytes))
        print(t)
        var bad: List[UInt8] = [104, 0xFF]
        var u = String(from_utf8=Span(bad))
        print(u)
    except e:
        print("error:", e)
    var w = String(unsafe_from_utf8=bytes)
    print(w)
    var sp = s.as_bytes()
    print(String(unsafe_from_utf8=sp))
# CHECK: hié 4
# CHECK: hié
# CHECK: error: Cannot construct a String from invalid UTF-8 data
# CHECK: hié
# CHECK: hié
