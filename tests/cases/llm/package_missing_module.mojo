# A module the package does not have is an unknown module.
from llm.nothing import x  # error[E0205]: llm.nothing


def main():
    pass
