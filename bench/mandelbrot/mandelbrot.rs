// Scalar Mandelbrot, the same computation as mandelbrot.mojo.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (width, height): (i64, i64) = if args.len() > 2 {
        (args[1].parse().unwrap(), args[2].parse().unwrap())
    } else {
        (800, 600)
    };
    let max_iter = 200;
    let mut total: i64 = 0;
    for py in 0..height {
        let ci = -1.2 + 2.4 * py as f64 / height as f64;
        for px in 0..width {
            let cr = -2.0 + 3.0 * px as f64 / width as f64;
            let (mut zr, mut zi) = (0.0f64, 0.0f64);
            let mut n = 0;
            while n < max_iter && zr * zr + zi * zi <= 4.0 {
                let t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                n += 1;
            }
            total += n;
        }
    }
    println!("{total}");
}
