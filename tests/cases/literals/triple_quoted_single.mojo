def main():
    var s = '''it's
here'''
    print(s)
    # CHECK: it's
    # CHECK: here
