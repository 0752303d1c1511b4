# The `llm` package ships with the compiler: `from llm.formats import ...` takes the names the
# package's `__init__.mojo` imports from its own module (`from .gguf import ...`).
from llm.formats import GGUFFile, gguf_type_name


def main():
    print(gguf_type_name(8), gguf_type_name(2))
    # CHECK: Q8_0 Q4_0
