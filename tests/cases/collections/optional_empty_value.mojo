# EXIT: 1
# STDERR: optional_empty_value.mojo:5:18: error[E0607]: `.value()` of an empty Optional
def main():
    var o = Optional[Int]()
    print(o.value())
