"""The LLM inference library, written in the language: `llm.formats` reads model files (GGUF).
More of it (tensors, operations, tokenizers, models, sampling) is to come."""
