# A closure that captures variables cannot be a run-time value yet (a compile-time parameter can
# take it).
def main():
    var k = 3

    @parameter
    def addk(x: Int) -> Int:
        return x + k

    var f = addk  # error[E0314]: a nested function that captures variables cannot be used as a run-time value yet
    print(f(1))
