def validate(age: Int) raises:
    if age < 0:
        raise Error("invalid age: " + String(age))

def main():
    try:
        validate(-5)
    except e:
        print(e)
    # CHECK: invalid age: -5
