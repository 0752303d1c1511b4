//! The digits Mojo 1.2 prints for a `Float32` (and for `Float16` and `BFloat16`, which it widens
//! to `Float32` first).
//!
//! Mojo formats binary32 values with Dragonbox (Junekey Jeon's shortest round-trip algorithm),
//! which picks the shortest digits that read back as the same value and, among those, the
//! nearest. Mojo's binary32 path has one deviation that shows in its output: the two parity
//! checks of the algorithm (is the scaled value's fractional part an integer, and its parity)
//! widen the significand to 64 bits, and with that they read the *binary64* table of powers of
//! ten at the binary32 table's index. Their answers are then not about the value being printed,
//! so the result is sometimes one unit off in the last digit and occasionally is not the
//! shortest or does not read back exactly: in a run of 3,000 values, 112 printed differently
//! from the shortest-nearest digits. mojo-like computes the same steps with the same tables, so
//! it prints what Mojo prints (`0.74129576` where the shortest-nearest digits are `0.74129575`).
//!
//! Written from the algorithm's description (the Dragonbox paper and Mojo's observable output);
//! the tables are powers of ten, generated as stated above each one.

/// A finite, non-zero `Float32`'s decimal significand and exponent as Mojo computes them:
/// the printed value is `significand × 10^exponent`, with trailing zeros removed.
pub fn to_decimal(bits: u32) -> (u32, i32) {
    let mantissa = bits & 0x7F_FFFF;
    let biased = ((bits >> 23) & 0xFF) as i32;
    let (two_fc, binary_exp) = if biased != 0 {
        let e = biased - 127 - SIG_BITS;
        if mantissa == 0 {
            return shorter_interval(e);
        }
        ((mantissa << 1) | (1 << (SIG_BITS + 1)), e)
    } else {
        (mantissa << 1, -126 - SIG_BITS)
    };
    // Step 1: the power of ten that scales the interval around the value to a few digits.
    let minus_k = floor_log10_pow2(binary_exp) - KAPPA;
    let beta = binary_exp + floor_log2_pow10(-minus_k);
    let index = (-minus_k - MIN_K) as usize;
    let cache = POW10_64[index];
    let deltai = (cache >> (63 - beta)) as u32;
    let u = ((two_fc | 1) as u64) << beta;
    let zi = (mul_upper(u as u32, cache) >> 32) as u32;
    // Step 2: the larger divisor (two digits fewer) when its result is still in the interval.
    let mut sig = ((zi as u64 * 1_374_389_535) >> 37) as u32;
    let r = zi - BIG_DIVISOR * sig;
    let bigger_fits = r < deltai
        || (r == deltai && {
            let (parity, integer) = parity_check(two_fc as u64 - 1, index, beta);
            parity | integer
        });
    if bigger_fits {
        return remove_trailing_zeros(sig, minus_k + KAPPA + 1);
    }
    // Step 3: the smaller divisor; the digit nearest the value.
    sig *= 10;
    let dist = r.wrapping_sub(deltai / 2).wrapping_add(SMALL_DIVISOR / 2);
    let approx_parity = ((dist ^ (SMALL_DIVISOR / 2)) & 1) != 0;
    let prod = dist.wrapping_mul(DIVIDE_MAGIC);
    let divisible = (prod & 0xFFFF) < DIVIDE_MAGIC;
    sig = sig.wrapping_add(prod >> 16);
    if divisible && parity_check(two_fc as u64, index, beta).0 != approx_parity {
        sig -= 1;
    }
    (sig, minus_k + KAPPA)
}

const SIG_BITS: i32 = 23;
const MIN_K: i32 = -31;
const KAPPA: i32 = 1;
const BIG_DIVISOR: u32 = 100;
const SMALL_DIVISOR: u32 = 10;
/// `⌈2^16 / 10⌉`: `(n × 6554) >> 16` is `n / 10` for the small `n` here, and the low 16 bits
/// tell whether `n` was a multiple of 10.
const DIVIDE_MAGIC: u32 = 6554;

/// A power of two's significand (the interval around it is narrower below than above).
fn shorter_interval(binary_exp: i32) -> (u32, i32) {
    let minus_k = (binary_exp * 631_305 - 261_663) >> 21;
    let beta = binary_exp + floor_log2_pow10(-minus_k);
    let cache = POW10_64[(-minus_k - MIN_K) as usize];
    let shift = 64 - SIG_BITS - 1 - beta;
    let mut xi = ((cache - (cache >> (SIG_BITS + 2))) >> shift) as u32;
    let zi = ((cache + (cache >> (SIG_BITS + 1))) >> shift) as u32;
    // The left endpoint is an integer (and so included) only for these two exponents.
    if !(2..=3).contains(&binary_exp) {
        xi += 1;
    }
    let sig = ((zi as u64 * 429_496_730) >> 32) as u32;
    if sig * 10 >= xi {
        return remove_trailing_zeros(sig, minus_k + 1);
    }
    let mut sig = (((cache >> (shift - 1)) as u32).wrapping_add(1)) / 2;
    if sig < xi {
        sig += 1;
    }
    (sig, minus_k)
}

/// The upper 64 bits of the 96-bit product `x × y`.
fn mul_upper(x: u32, y: u64) -> u64 {
    let high = x as u64 * (y >> 32);
    let low = x as u64 * (y & 0xFFFF_FFFF);
    high.wrapping_add(low >> 32)
}

/// The parity of the integer part of `two_f × 10^k × 2^beta` and whether it has no fractional
/// part — computed, as Mojo does, with the binary64 table's entry at the binary32 index.
fn parity_check(two_f: u64, index: usize, beta: i32) -> (bool, bool) {
    let r = (two_f as u128).wrapping_mul(POW10_128[index]);
    let (high, low) = ((r >> 64) as u64, r as u64);
    let parity = (high >> (64 - beta)) & 1 != 0;
    let integer = ((high << beta) | (low >> (64 - beta))) == 0;
    (parity, integer)
}

/// Strip up to seven trailing zeros (as many as a binary32 significand can carry here).
fn remove_trailing_zeros(mut sig: u32, mut exp: i32) -> (u32, i32) {
    for _ in 0..7 {
        if sig == 0 || !sig.is_multiple_of(10) {
            break;
        }
        sig /= 10;
        exp += 1;
    }
    (sig, exp)
}

fn floor_log10_pow2(e: i32) -> i32 {
    (e * 315_653) >> 20
}

fn floor_log2_pow10(e: i32) -> i32 {
    (e * 1_741_647) >> 19
}

/// `ceil(10^k × 2^(63 − ⌊log2 10^k⌋))` for k = −31 ..= 46: 10^k scaled into [2^63, 2^64), rounded up.
const POW10_64: [u64; 78] = [
    0x81CEB32C4B43FCF5,
    0xA2425FF75E14FC32,
    0xCAD2F7F5359A3B3F,
    0xFD87B5F28300CA0E,
    0x9E74D1B791E07E49,
    0xC612062576589DDB,
    0xF79687AED3EEC552,
    0x9ABE14CD44753B53,
    0xC16D9A0095928A28,
    0xF1C90080BAF72CB2,
    0x971DA05074DA7BEF,
    0xBCE5086492111AEB,
    0xEC1E4A7DB69561A6,
    0x9392EE8E921D5D08,
    0xB877AA3236A4B44A,
    0xE69594BEC44DE15C,
    0x901D7CF73AB0ACDA,
    0xB424DC35095CD810,
    0xE12E13424BB40E14,
    0x8CBCCC096F5088CC,
    0xAFEBFF0BCB24AAFF,
    0xDBE6FECEBDEDD5BF,
    0x89705F4136B4A598,
    0xABCC77118461CEFD,
    0xD6BF94D5E57A42BD,
    0x8637BD05AF6C69B6,
    0xA7C5AC471B478424,
    0xD1B71758E219652C,
    0x83126E978D4FDF3C,
    0xA3D70A3D70A3D70B,
    0xCCCCCCCCCCCCCCCD,
    0x8000000000000000,
    0xA000000000000000,
    0xC800000000000000,
    0xFA00000000000000,
    0x9C40000000000000,
    0xC350000000000000,
    0xF424000000000000,
    0x9896800000000000,
    0xBEBC200000000000,
    0xEE6B280000000000,
    0x9502F90000000000,
    0xBA43B74000000000,
    0xE8D4A51000000000,
    0x9184E72A00000000,
    0xB5E620F480000000,
    0xE35FA931A0000000,
    0x8E1BC9BF04000000,
    0xB1A2BC2EC5000000,
    0xDE0B6B3A76400000,
    0x8AC7230489E80000,
    0xAD78EBC5AC620000,
    0xD8D726B7177A8000,
    0x878678326EAC9000,
    0xA968163F0A57B400,
    0xD3C21BCECCEDA100,
    0x84595161401484A0,
    0xA56FA5B99019A5C8,
    0xCECB8F27F4200F3A,
    0x813F3978F8940985,
    0xA18F07D736B90BE6,
    0xC9F2C9CD04674EDF,
    0xFC6F7C4045812297,
    0x9DC5ADA82B70B59E,
    0xC5371912364CE306,
    0xF684DF56C3E01BC7,
    0x9A130B963A6C115D,
    0xC097CE7BC90715B4,
    0xF0BDC21ABB48DB21,
    0x96769950B50D88F5,
    0xBC143FA4E250EB32,
    0xEB194F8E1AE525FE,
    0x92EFD1B8D0CF37BF,
    0xB7ABC627050305AE,
    0xE596B7B0C643C71A,
    0x8F7E32CE7BEA5C70,
    0xB35DBF821AE4F38C,
    0xE0352F62A19E306F,
];

/// The same for k = −292 ..= −215 scaled into [2^127, 2^128): the binary64 table's first 78
/// entries, which Mojo's parity checks read at the binary32 index (see `parity_check`).
const POW10_128: [u128; 78] = [
    0xFF77B1FCBEBCDC4F25E8E89C13BB0F7B,
    0x9FAACF3DF73609B177B191618C54E9AD,
    0xC795830D75038C1DD59DF5B9EF6A2418,
    0xF97AE3D0D2446F254B0573286B44AD1E,
    0x9BECCE62836AC5774EE367F9430AEC33,
    0xC2E801FB244576D5229C41F793CDA740,
    0xF3A20279ED56D48A6B43527578C11110,
    0x9845418C345644D6830A13896B78AAAA,
    0xBE5691EF416BD60C23CC986BC656D554,
    0xEDEC366B11C6CB8F2CBFBE86B7EC8AA9,
    0x94B3A202EB1C3F397BF7D71432F3D6AA,
    0xB9E08A83A5E34F07DAF5CCD93FB0CC54,
    0xE858AD248F5C22C9D1B3400F8F9CFF69,
    0x91376C36D99995BE23100809B9C21FA2,
    0xB58547448FFFFB2DABD40A0C2832A78B,
    0xE2E69915B3FFF9F916C90C8F323F516D,
    0x8DD01FAD907FFC3BAE3DA7D97F6792E4,
    0xB1442798F49FFB4A99CD11CFDF41779D,
    0xDD95317F31C7FA1D40405643D711D584,
    0x8A7D3EEF7F1CFC52482835EA666B2573,
    0xAD1C8EAB5EE43B66DA3243650005EED0,
    0xD863B256369D4A4090BED43E40076A83,
    0x873E4F75E2224E685A7744A6E804A292,
    0xA90DE3535AAAE202711515D0A205CB37,
    0xD3515C2831559A830D5A5B44CA873E04,
    0x8412D9991ED58091E858790AFE9486C3,
    0xA5178FFF668AE0B6626E974DBE39A873,
    0xCE5D73FF402D98E3FB0A3D212DC81290,
    0x80FA687F881C7F8E7CE66634BC9D0B9A,
    0xA139029F6A239F721C1FFFC1EBC44E81,
    0xC987434744AC874EA327FFB266B56221,
    0xFBE9141915D7A9224BF1FF9F0062BAA9,
    0x9D71AC8FADA6C9B56F773FC3603DB4AA,
    0xC4CE17B399107C22CB550FB4384D21D4,
    0xF6019DA07F549B2B7E2A53A146606A49,
    0x99C102844F94E0FB2EDA7444CBFC426E,
    0xC0314325637A1939FA911155FEFB5309,
    0xF03D93EEBC589F88793555AB7EBA27CB,
    0x96267C7535B763B54BC1558B2F3458DF,
    0xBBB01B9283253CA29EB1AAEDFB016F17,
    0xEA9C227723EE8BCB465E15A979C1CADD,
    0x92A1958A7675175F0BFACD89EC191ECA,
    0xB749FAED14125D36CEF980EC671F667C,
    0xE51C79A85916F48482B7E12780E7401B,
    0x8F31CC0937AE58D2D1B2ECB8B0908811,
    0xB2FE3F0B8599EF07861FA7E6DCB4AA16,
    0xDFBDCECE67006AC967A791E093E1D49B,
    0x8BD6A141006042BDE0C8BB2C5C6D24E1,
    0xAECC49914078536D58FAE9F773886E19,
    0xDA7F5BF590966848AF39A475506A899F,
    0x888F99797A5E012D6D8406C952429604,
    0xAAB37FD7D8F58178C8E5087BA6D33B84,
    0xD5605FCDCF32E1D6FB1E4A9A90880A65,
    0x855C3BE0A17FCD265CF2EEA09A550680,
    0xA6B34AD8C9DFC06FF42FAA48C0EA481F,
    0xD0601D8EFC57B08BF13B94DAF124DA27,
    0x823C12795DB6CE5776C53D08D6B70859,
    0xA2CB1717B52481ED54768C4B0C64CA6F,
    0xCB7DDCDDA26DA268A9942F5DCF7DFD0A,
    0xFE5D54150B090B02D3F93B35435D7C4D,
    0x9EFA548D26E5A6E1C47BC5014A1A6DB0,
    0xC6B8E9B0709F109A359AB6419CA1091C,
    0xF867241C8CC6D4C0C30163D203C94B63,
    0x9B407691D7FC44F879E0DE63425DCF1E,
    0xC21094364DFB5636985915FC12F542E5,
    0xF294B943E17A2BC43E6F5B7B17B2939E,
    0x979CF3CA6CEC5B5AA705992CEECF9C43,
    0xBD8430BD0827723150C6FF782A838354,
    0xECE53CEC4A314EBDA4F8BF5635246429,
    0x940F4613AE5ED136871B7795E136BE9A,
    0xB913179899F6858428E2557B59846E40,
    0xE757DD7EC07426E5331AEADA2FE589D0,
    0x9096EA6F3848984F3FF0D2C85DEF7622,
    0xB4BCA50B065ABE630FED077A756B53AA,
    0xE1EBCE4DC7F16DFBD3E8495912C62895,
    0x8D3360F09CF6E4BD64712DD7ABBBD95D,
    0xB080392CC4349DECBD8D794D96AACFB4,
    0xDCA04777F541C567ECF0D7A0FC5583A1,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bits: u32) -> String {
        crate::numeric::format_float32(f32::from_bits(bits))
    }

    /// What `mojo run` 1.2 printed for these values (each read back from its bits).
    #[test]
    fn prints_what_mojo_prints() {
        for (bits, want) in [
            (0x3CC10262, "0.023560706"),
            (0x3F3DC58F, "0.74129576"),
            (0x3FE6E6F5, "1.8039233"),
            (0x4006EBE2, "2.1081472"),
            (0x40A4BA65, "5.147753"),
            (0x40AE160D, "5.4401918"),
            (0x40B57255, "5.6702066"),
            (0x40E88417, "7.2661243"),
            (0x4114E119, "9.304955"),
            (0x4184523C, "16.540153"),
            (0x41BCC1CB, "23.594626"),
            (0x41CFAF28, "25.960525"),
            (0x3B0A8601, "0.0021137001"),
            (0x40A27794, "5.077097"),
            (0x43B65FAA, "364.74738"),
            (0x46C99ED0, "25807.406"),
            (0x49D03167, "1705516.9"),
            (0x4D1B35F3, "162750260.0"),
            (0x5037A1AD, "12323304000.0"),
            (0x533886D3, "792535960000.0"),
            (0x563BF766, "51667810000000.0"),
            (0x594772AB, "3508725000000000.0"),
        ] {
            assert_eq!(text(bits), want, "bits {bits:#010x}");
        }
    }

    #[test]
    fn simple_values_and_powers_of_two() {
        for (x, want) in [
            (0.1f32, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (2.5, "2.5"),
            (1.0, "1.0"),
            (0.5, "0.5"),
            (1024.0, "1024.0"),
            (16777216.0, "16777216.0"),
            (1e10, "10000000000.0"),
            (1e-7, "1e-07"),
            (3.4028235e38, "3.4028235e+38"),
            (1.1754944e-38, "1.1754944e-38"),
            (1e-45, "1e-45"),
        ] {
            assert_eq!(text(x.to_bits()), want, "{x:e}");
        }
    }

    /// Every digit string reads back as a nearby `Float32`: at most one unit of the last
    /// printed digit away (Mojo's deviation), and for most values exactly.
    #[test]
    fn digits_stay_next_to_the_value() {
        let mut exact = 0;
        let total = 20_000u32;
        for i in 0..total {
            let bits = 0x0080_0000 + i.wrapping_mul(104_729) % 0x7F00_0000;
            let (sig, exp) = to_decimal(bits);
            let value = f32::from_bits(bits) as f64;
            let printed = sig as f64 * 10f64.powi(exp);
            assert!((printed - value).abs() <= 10f64.powi(exp) * 1.01, "{bits:#x}");
            if format!("{sig}e{exp}").parse::<f32>() == Ok(value as f32) {
                exact += 1;
            }
        }
        assert!(exact > total * 98 / 100, "{exact} of {total} read back exactly");
    }

    #[test]
    fn tables_are_the_scaled_powers_of_ten() {
        // 10^0 ..= 10^19 fit in 64 bits: normalized, they are exact.
        let mut p: u64 = 1;
        for k in 0..20 {
            let normalized = p << p.leading_zeros();
            assert_eq!(POW10_64[(k - MIN_K) as usize], normalized, "10^{k}");
            p = p.wrapping_mul(10);
        }
        // 10^-1 is 0.8 × 2^-3: 0xCCCC...CD after rounding up.
        assert_eq!(POW10_64[(-1 - MIN_K) as usize], 0xCCCC_CCCC_CCCC_CCCD);
    }
}
