from no_such_module import thing  # error[E0205]: unable to locate module 'no_such_module'

def main():
    pass
