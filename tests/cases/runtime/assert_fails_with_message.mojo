# EXIT: 1
# STDERR: x must be large
def main():
    var x = 3
    assert x > 0, "x must be positive"
    print("ok")
    # CHECK: ok
    assert x > 100, "x must be large"
