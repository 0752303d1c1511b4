def loud(v: Bool) -> Bool:
    print("called", v)
    return v

def main():
    var r = loud(True) or loud(False)
    # CHECK: called True
    print(r)
    # CHECK: True
    r = loud(False) or loud(True)
    # CHECK: called False
    # CHECK: called True
    print(r)
    # CHECK: True
