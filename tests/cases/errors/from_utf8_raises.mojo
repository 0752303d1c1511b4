# String(from_utf8=...) may raise: outside a try in a function that does not raise, E0304.
def main():
    var b: List[UInt8] = [0x61, 0xE2, 0x82, 0xAC, 0xFF]
    print(String(unsafe_from_utf8=b))
    print(String(from_utf8=b))  # error[E0304]: cannot call function that may raise
