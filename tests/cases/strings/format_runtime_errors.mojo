# On a run-time String, `format` parses when called and raises with Mojo 1.2's messages.
def main() raises:
    print(String("{} is {!r}").format("a", "b"))
    var formats: List[String] = ["{0} {}", "{5}", "{x}", "{", "}", "{} {}", "{!q}"]
    for f in formats:
        try:
            print(f.format(1))
        except e:
            print(e)

# CHECK: a is 'b'
# CHECK: Cannot both use manual and automatic indexing
# CHECK: Index 5 not in *args
# CHECK: Index x not in kwargs
# CHECK: there is a single curly { left unclosed or unescaped
# CHECK: there is a single curly } left unclosed or unescaped
# CHECK: Automatic indexing require more args in *args
# CHECK: Conversion flag "q" not recognized.
