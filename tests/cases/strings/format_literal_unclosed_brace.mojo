# A single `{` must be closed or doubled; format specs like `{:>5}` are not supported.
def main():
    print("{} {".format(3))  # error[E0404]: there is a single curly { left unclosed or unescaped
    print("{:>5}".format(3))  # error[E0404]: Index :>5 not in kwargs
