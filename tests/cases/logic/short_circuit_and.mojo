def loud(v: Bool) -> Bool:
    print("called", v)
    return v

def main():
    var r = loud(False) and loud(True)
    # CHECK: called False
    print(r)
    # CHECK: False
    r = loud(True) and loud(False)
    # CHECK: called True
    # CHECK: called False
    print(r)
    # CHECK: False
