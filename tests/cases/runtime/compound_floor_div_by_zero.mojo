# EXIT: 1
# STDERR: division by zero
def main():
    var x = 100
    var z = 0
    x //= z
    print(x)
