# std.testing's names come with their import, as in Mojo 1.2.
def main() raises:
    assert_equal(1, 1)  # error[E0201]: use of unknown declaration 'assert_equal'
