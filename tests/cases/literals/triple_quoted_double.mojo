def main():
    var s = """first line
second "quoted" line
third"""
    print(s)
    # CHECK: first line
    # CHECK: second "quoted" line
    # CHECK: third
