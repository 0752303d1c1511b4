# Arrays of structs and of arrays; arrays as arguments; `in` and printing.
@fieldwise_init
struct Tag(Copyable, Writable):
    var name: String


def total(a: Array[Int, 4]) -> Int:
    var s = 0
    for x in a:
        s += x
    return s


def main():
    var tags: Array[Tag, 2] = [Tag("x"), Tag("y")]
    tags[1] = Tag("z")
    print(tags[0].name, tags[1].name)
    var grid = Array[Array[Int, 2], 2](fill=Array[Int, 2](fill=1))
    var row = grid[0].copy()
    row[1] = 9
    grid[0] = row^
    print(grid[0][1], grid[1][1], len(grid))
    var nums: Array[Int, 4] = [1, 2, 3, 4]
    print(total(nums), 3 in nums, 7 in nums)
    print(nums)

# The expected output, checked against Mojo 1.2:
# CHECK: x z
# CHECK: 9 1 2
# CHECK: 10 True False
# CHECK: [1, 2, 3, 4]
