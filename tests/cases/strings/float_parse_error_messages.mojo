# Float64(s) raises with Mojo 1.2's messages, checked in its order (checked with `mojo run` 1.2.0).
def main():
    var xs: List[String] = ["1e", "", "-", ".", "--1", "abc", "1.2.3", "1e5x", " 1.5", "1.5 ", "+", "e5", "1_000.5", "inf", "-nan", "0x10", "1e+", "+-1", "..", "1,5"]
    for s in xs:
        try:
            print(Float64(s))
        except e:
            print(e)
# CHECK: String is not convertible to float: '1e'. The last character of '1e' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: ''
# CHECK: String is not convertible to float: '-'. The first character of '' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '.'
# CHECK: String is not convertible to float: '--1'. The first character of '-1' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: 'abc'. The first character of 'abc' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '1.2.3'. Invalid character(s) in the number: '1.2.3'
# CHECK: String is not convertible to float: '1e5x'. The last character of '1e5x' should be a digit or dot to convert it to a float.
# CHECK: 1.5
# CHECK: 1.5
# CHECK: String is not convertible to float: '+'. The first character of '' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: 'e5'. The first character of 'e5' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '1_000.5'. Invalid character(s) in the number: '1_000.5'
# CHECK: inf
# CHECK: nan
# CHECK: String is not convertible to float: '0x10'. Invalid character(s) in the number: '0x10'
# CHECK: String is not convertible to float: '1e+'. The last character of '1e+' should be a digit or dot to convert it to a float.
# CHECK: -1.0
# CHECK: String is not convertible to float: '..'. Invalid character(s) in the number: '..'
# CHECK: String is not convertible to float: '1,5'. Invalid character(s) in the number: '1,5'
