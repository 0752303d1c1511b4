def main():
    var s = """tab\there
newline\\n stays"""
    print(s)
    # CHECK: tab	here
    # CHECK: newline\n stays
