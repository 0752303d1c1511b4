# in, index, count on lists of strings; index raises when the value is missing.
def main() raises:
    var colors: List[String] = ["red", "green", "blue", "green"]
    print("green" in colors, "pink" in colors, colors.count("green"), colors.index("blue"))
    try:
        print(colors.index("pink"))
    except:
        print("pink is missing")
    var pos = List[Int]()
    for i in range(len(colors)):
        if colors[i] == "green":
            pos.append(i)
    print(pos)
    colors[1] = "teal"
    colors.insert(1, "black")
    print(colors, colors.count("green"))
    var longest = colors[0]
    for c in colors:
        if c.byte_length() > longest.byte_length():
            longest = c
    print(longest)
    # CHECK: True False 2 2
    # CHECK: pink is missing
    # CHECK: [1, 3]
    # CHECK: [red, black, teal, blue, green] 1
    # CHECK: black
