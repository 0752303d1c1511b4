//! The generator behind `std.random`, shared by every executor: xoshiro256** (Blackman and
//! Vigna), its state filled from a 64-bit seed by SplitMix64. A program that never calls
//! `seed` starts from seed 0, so its numbers are the same on every run (as Mojo 1.2's are;
//! the numbers themselves are not Mojo's); `seed()` takes the time of day.

use std::sync::Mutex;

static STATE: Mutex<Option<[u64; 4]>> = Mutex::new(None);

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn from_seed(seed: u64) -> [u64; 4] {
    let mut x = seed;
    [splitmix(&mut x), splitmix(&mut x), splitmix(&mut x), splitmix(&mut x)]
}

/// Start the sequence again from `seed`.
pub fn seed(seed: i64) {
    *STATE.lock().unwrap_or_else(|e| e.into_inner()) = Some(from_seed(seed as u64));
}

/// Start from the time of day (`seed()` without an argument).
pub fn seed_from_time() {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    seed(nanos as i64);
}

/// The next 64 random bits (as an `Int`).
pub fn next() -> i64 {
    let mut guard = STATE.lock().unwrap_or_else(|e| e.into_inner());
    let s = guard.get_or_insert_with(|| from_seed(0));
    let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
    let t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3].rotate_left(45);
    result as i64
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_seed_repeats_its_sequence() {
        super::seed(7);
        let a: Vec<i64> = (0..4).map(|_| super::next()).collect();
        super::seed(7);
        let b: Vec<i64> = (0..4).map(|_| super::next()).collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }
}
