def main():
    print("a\tb")
    # CHECK: a	b
    print("back\\slash")
    # CHECK: back\slash
    print("say \"hi\"", 'it\'s')
    # CHECK: say "hi" it's
    print("two\nlines")
    # CHECK: two
    # CHECK: lines
