# More Float64(s) inputs: signs (`+-1` is -1.0), specials, exponents, whitespace (checked with
# `mojo run` 1.2.0).
def main():
    var xs: List[String] = ["-.", "+.", ".e5", "5.", ".5", "1e5.", "e", "-e", "-.5", "5e", "1ee5", "1e5e", "1.5.", "inf5", "-inf", "+inf", "INF", "Infinity", "NaN", "-0", "..5", "1..5", "1e-5", "1E5", "  ", "\t2.5\n", "1 2", "-+1", "++1", "5-", "5+"]
    for s in xs:
        try:
            print(Float64(s))
        except e:
            print(e)
# CHECK: String is not convertible to float: '-.'. Invalid character(s) in the number: '.'
# CHECK: String is not convertible to float: '+.'. Invalid character(s) in the number: '.'
# CHECK: String is not convertible to float: '.e5'. Invalid character(s) in the number: '.e5'
# CHECK: 5.0
# CHECK: 0.5
# CHECK: String is not convertible to float: '1e5.'. Invalid character(s) in the number: '1e5.'
# CHECK: String is not convertible to float: 'e'. The first character of 'e' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '-e'. The first character of 'e' should be a digit or dot to convert it to a float.
# CHECK: -0.5
# CHECK: String is not convertible to float: '5e'. The last character of '5e' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '1ee5'. Invalid character(s) in the number: '1ee5'
# CHECK: String is not convertible to float: '1e5e'. The last character of '1e5e' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '1.5.'. Invalid character(s) in the number: '1.5.'
# CHECK: String is not convertible to float: 'inf5'. The first character of 'inf5' should be a digit or dot to convert it to a float.
# CHECK: -inf
# CHECK: inf
# CHECK: inf
# CHECK: inf
# CHECK: nan
# CHECK: -0.0
# CHECK: String is not convertible to float: '..5'. Invalid character(s) in the number: '..5'
# CHECK: String is not convertible to float: '1..5'. Invalid character(s) in the number: '1..5'
# CHECK: 1e-05
# CHECK: 100000.0
# CHECK: String is not convertible to float: '  '. The first character of '' should be a digit or dot to convert it to a float.
# CHECK: 2.5
# CHECK: String is not convertible to float: '1 2'. Invalid character(s) in the number: '1 2'
# CHECK: String is not convertible to float: '-+1'. The first character of '+1' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '++1'. The first character of '+1' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '5-'. The last character of '5-' should be a digit or dot to convert it to a float.
# CHECK: String is not convertible to float: '5+'. The last character of '5+' should be a digit or dot to convert it to a float.
