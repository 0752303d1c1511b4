from std.nonexistent import thing  # error[E0205]: unable to locate module 'std.nonexistent'

def main():
    pass
