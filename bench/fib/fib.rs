// The Rust baseline for fib.mojo: the same naive recursion.
fn fib(n: i64) -> i64 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn main() {
    let n = std::hint::black_box(32);
    println!("{}", fib(n));
}
