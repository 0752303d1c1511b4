# The same work as strings.mojo, in CPython (lengths in UTF-8 bytes, as Mojo counts them).
base = "The Quick brown fox, jumps over the lazy dog; naïve café ÉTÉ. "
text = base * 20000
low = text.lower()
up = text.upper()
foxes = text.count("fox")
replaced = text.replace("lazy", "sleepy")
missing = text.find("zzz")
last = len(text[: text.rfind("dog")].encode())
counts = {}
letters = 0
for w in low.split(" "):
    word = w.strip(",.;")
    if not word:
        continue
    letters += len(word.encode())
    counts[word] = counts.get(word, 0) + 1
starts = 0
for w in text.split():
    if w.startswith("f") or w.endswith("."):
        starts += 1
print(len(low.encode()), len(up.encode()), foxes, len(replaced.encode()), missing, last)
print(len(counts), counts["fox"], letters, starts)
