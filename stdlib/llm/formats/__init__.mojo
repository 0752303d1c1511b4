"""Model file formats: `llm.formats.gguf` (its names are also here: `from llm.formats import
GGUFFile`)."""
from .gguf import GGUFFile, GGUFTensor, GGUFValue, gguf_type_name
