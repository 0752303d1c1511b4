from std.memory import stack_allocation, AddressSpace


def main():
    var p = stack_allocation[4, DType.float32]()  # error[E0314]: 'stack_allocation' is supported for GPU shared memory only
    p[0] = 1.0
