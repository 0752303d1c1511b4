# A compile-time value cannot hold memory (Mojo 1.2 rejects using it at run time too).
def make_list() -> List[Int]:
    return [1, 2]

comptime L = make_list()  # error[E0403]: a compile-time value of type 'List[Int]' is not supported yet

def main():
    print(len(L))
