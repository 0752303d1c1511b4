def main():
    var t = True
    print(String(t) + "/" + String(not t))
    # CHECK: True/False
