# popitem on an empty Dict raises the typed EmptyDictError, as in Mojo 1.2.
def main() raises:
    var d = Dict[String, Int]()
    try:
        _ = d.popitem()
    except e:
        print(e)
    # CHECK: EmptyDictError()
