# Legacy spellings (rejected by Mojo 1.2, accepted in legacy mode): `@parameter for/if`, `fn`, `alias`.
alias N = 3


fn main():
    @parameter
    for k in range(N):
        @parameter
        if k == 1:
            print("one")
        else:
            print(k)
    # CHECK: 0
    # CHECK: one
    # CHECK: 2
