def ok() raises -> String:
    return "body"

def main():
    try:
        print(ok())
    except e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    # CHECK: body
    # CHECK: else
    # CHECK: finally
