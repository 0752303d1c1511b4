# A try block takes the error type of its first raising call (here Dict's DictKeyError[String]):
# a call raising Error in the same block is rejected, as in Mojo 1.2.
def f() raises:
    raise Error("boom")

def main():
    var d = Dict[String, Int]()
    d["a"] = 1
    try:
        var x = d["a"]
        f()  # error[E0301]: cannot call function that may raise 'Error' in a context that supports an error type of
        print(x)
    except e:
        print("caught", e)
