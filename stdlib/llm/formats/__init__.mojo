"""Model file formats: `llm.formats.gguf`."""
