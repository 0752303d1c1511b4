// Naive matrix multiply, i-k-j order, the same computation as matmul.mojo.
fn main() {
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(512);
    let mut a = vec![0.0f64; n * n];
    let mut b = vec![0.0f64; n * n];
    let mut c = vec![0.0f64; n * n];
    for i in 0..n {
        for j in 0..n {
            a[i * n + j] = ((i * 7 + j * 3) % 11) as f64 * 0.5;
            b[i * n + j] = ((i * 5 + j * 13) % 7) as f64 * 0.25;
        }
    }
    for i in 0..n {
        for k in 0..n {
            let aik = a[i * n + k];
            for j in 0..n {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
    let total: f64 = c.iter().sum();
    println!("{}", total as i64);
}
