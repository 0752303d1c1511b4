// Matrix multiply, 1024^3 f32, parallel over rows (one thread per core, std threads), i-k-j
// with the inner loop left to LLVM's vectorizer (`-C target-cpu=native`). Same inputs and
// checksum as matmul_par.mojo.
use std::thread;

fn main() {
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(1024);
    let mut a = vec![0f32; n * n];
    let mut b = vec![0f32; n * n];
    for i in 0..n {
        for j in 0..n {
            a[i * n + j] = ((i + 2 * j) % 5) as f32 - 1.0;
            b[i * n + j] = ((i * j + 1) % 4) as f32 - 1.0;
        }
    }
    let mut c = vec![0f32; n * n];
    let workers = thread::available_parallelism().map(|p| p.get()).unwrap_or(1);
    let rows_per = n.div_ceil(workers);
    thread::scope(|s| {
        for (t, chunk) in c.chunks_mut(rows_per * n).enumerate() {
            let (a, b) = (&a, &b);
            s.spawn(move || {
                for (r, crow) in chunk.chunks_mut(n).enumerate() {
                    let i = t * rows_per + r;
                    for k in 0..n {
                        let aik = a[i * n + k];
                        let brow = &b[k * n..(k + 1) * n];
                        for (cj, bj) in crow.iter_mut().zip(brow) {
                            *cj += aik * bj;
                        }
                    }
                }
            });
        }
    });
    let total: i64 = c.iter().enumerate().map(|(i, x)| *x as i64 * (i as i64 % 7 + 1)).sum();
    println!("{total}");
}
