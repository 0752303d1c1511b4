# EXIT: 1
# STDERR: assertion failed
def main():
    var x = 3
    assert x == 3
    print("first assert passed")
    # CHECK: first assert passed
    assert x > 5
    print("not reached")
