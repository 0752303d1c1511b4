def loud(s: String) -> String:
    print("evaluating", s)
    return s

def main():
    var c = True
    var r = loud("yes") if c else loud("no")
    # CHECK: evaluating yes
    print(r)
    # CHECK: yes
