//! CPython's `random` module, bit for bit: after `random.seed(n)`, pyco's `random()`,
//! `randint()`, `shuffle()` ... return exactly what CPython 3.11's do.
//!
//! Two layers, as in CPython. [`Mt19937`] is `_random.Random` (Modules/_randommodule.c): the
//! Mersenne Twister, its seeding from an int, `random()` and `getrandbits()`. The free functions
//! are Lib/random.py's methods over it (`randrange`, `shuffle`, `sample` ...), written to consume
//! the generator's words in the same order, which is what makes their results identical.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use crate::numfmt::{ExceptionKind, NumError};

#[cfg(test)]
mod cpython_cases;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The state of one `random.Random` instance: the MT19937 generator plus the spare normal
/// deviate `gauss()` keeps between calls (Python's `gauss_next`, cleared by `seed`).
#[derive(Clone)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl std::fmt::Debug for Mt19937 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mt19937")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Mt19937 {
    /// A generator as `random.seed(seed)` leaves it for an int seed: the absolute value, cut
    /// into 32-bit words least significant first (zero is one word, 0), fed to `init_by_array`.
    pub fn new_from_seed_int(seed: &BigInt) -> Mt19937 {
        let mut generator = Mt19937 {
            state: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        generator.seed_int(seed);
        generator
    }

    /// A generator seeded as `random.seed()` without argument: CPython reads 624 words from
    /// the OS; where that fails, the time and process id stand in (only seeded runs need to be
    /// reproducible).
    pub fn new_from_entropy() -> Mt19937 {
        let mut generator = Mt19937 {
            state: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        generator.seed_from_entropy();
        generator
    }

    /// `random.seed(n)` for an int `n`.
    pub fn seed_int(&mut self, seed: &BigInt) {
        let mut key = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `random.seed()` / `random.seed(None)`.
    pub fn seed_from_entropy(&mut self) {
        let mut key = Vec::with_capacity(N);
        if let Ok(bytes) = read_urandom(N * 4) {
            key.extend(
                bytes
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
            );
        }
        if key.is_empty() {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            key.extend([
                nanos as u32,
                (nanos >> 32) as u32,
                (nanos >> 64) as u32,
                std::process::id(),
            ]);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let previous = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = mt[i - 1];
            mt[i] = (mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = mt[i - 1];
            mt[i] = (mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // Most significant bit set: the state is never all zeros.
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mix = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits from two words (27 + 26 bits) as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, without a big int. Same words, same result as
    /// [`getrandbits`](Self::getrandbits).
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.genrand_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.genrand_u32());
                let high = u64::from(self.genrand_u32() >> (64 - k.min(64)));
                low | (high << 32)
            }
        }
    }

    /// `getrandbits(k)`: 32-bit words filled from the least significant up; the last word keeps
    /// its top `k % 32` bits.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.getrandbits_u64(k as u32));
        }
        self.getrandbits_words(k)
    }

    /// [`getrandbits`](Self::getrandbits) word by word, for any `k`: the path bigger `k`
    /// take, which the fast path for `k <= 64` must agree with.
    fn getrandbits_words(&mut self, k: u64) -> BigUint {
        let words = k.div_ceil(32);
        let mut remaining = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut word = self.genrand_u32();
            if remaining < 32 {
                word >>= 32 - remaining;
            }
            digits.push(word);
            remaining = remaining.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// `_randbelow(n)` for `n > 0`: draw `n.bit_length()` bits until the number is below `n`.
    /// Returns 0 for `n == 0` (CPython's callers never ask).
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow_u64(small));
        }
        self.randbelow_words(n)
    }

    /// [`randbelow`](Self::randbelow) with big ints for any `n`: the path bigger bounds take.
    fn randbelow_words(&mut self, n: &BigUint) -> BigUint {
        let k = n.bits();
        loop {
            let r = self.getrandbits_words(k);
            if &r < n {
                return r;
            }
        }
    }

    /// [`randbelow`](Self::randbelow) for a `u64` bound: same draws, no allocation.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }
}

fn read_urandom(count: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = vec![0; count];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes)
}

fn value_error(message: impl Into<String>) -> NumError {
    NumError::new(ExceptionKind::ValueError, message)
}

/// `randrange(start)`, `randrange(start, stop)`, `randrange(start, stop, step)`, with
/// CPython 3.11's errors. `step` is `None` when not passed (passing 1 is the same).
pub fn randrange(
    generator: &mut Mt19937,
    start: &BigInt,
    stop: Option<&BigInt>,
    step: Option<&BigInt>,
) -> Result<BigInt, NumError> {
    let one = BigInt::one();
    let step = step.unwrap_or(&one);
    let Some(stop) = stop else {
        if !step.is_one() {
            return Err(NumError::new(
                ExceptionKind::TypeError,
                "Missing a non-None stop argument",
            ));
        }
        if start.is_positive() {
            return Ok(BigInt::from(generator.randbelow(start.magnitude())));
        }
        return Err(value_error("empty range for randrange()"));
    };
    let width = stop - start;
    if step.is_one() {
        if width.is_positive() {
            return Ok(start + BigInt::from(generator.randbelow(width.magnitude())));
        }
        return Err(value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let count: BigInt = match step.sign() {
        Sign::Plus => Integer::div_floor(&(&width + step - BigInt::one()), step),
        Sign::Minus => Integer::div_floor(&(&width + step + BigInt::one()), step),
        Sign::NoSign => return Err(value_error("zero step for randrange()")),
    };
    if !count.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    Ok(start + step * BigInt::from(generator.randbelow(count.magnitude())))
}

/// `randint(a, b)`: `randrange(a, b + 1)`, so its error reads `empty range for randrange()
/// (5, 4, -1)` for `randint(5, 3)`.
pub fn randint(generator: &mut Mt19937, a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    randrange(generator, a, Some(&(b + 1)), None)
}

/// [`randint`] for machine ints: the same draws without big ints.
pub fn randint_i64(generator: &mut Mt19937, a: i64, b: i64) -> Result<i64, NumError> {
    let width = i128::from(b) + 1 - i128::from(a);
    if width <= 0 {
        return Err(value_error(format!(
            "empty range for randrange() ({a}, {}, {width})",
            i128::from(b) + 1
        )));
    }
    // width <= 2^64, and the result lies in [a, b].
    let offset = match u64::try_from(width) {
        Ok(width) => i128::from(generator.randbelow_u64(width)),
        Err(_) => generator
            .randbelow(&BigUint::from(width as u128))
            .to_i128()
            .unwrap_or(0),
    };
    Ok((i128::from(a) + offset) as i64)
}

/// `uniform(a, b)`: `a + (b - a) * random()`.
pub fn uniform(generator: &mut Mt19937, a: f64, b: f64) -> f64 {
    a + (b - a) * generator.random()
}

/// The index `choice(seq)` picks in a sequence of `len` items.
pub fn choice_index(generator: &mut Mt19937, len: usize) -> Result<usize, NumError> {
    if len == 0 {
        return Err(NumError::new(
            ExceptionKind::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    Ok(generator.randbelow_u64(len as u64) as usize)
}

/// `shuffle(x)` in place: Fisher-Yates from the end, as CPython draws it.
pub fn shuffle<T>(generator: &mut Mt19937, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = generator.randbelow_u64(i as u64 + 1) as usize;
        items.swap(i, j);
    }
}

/// The indices `sample(population, k)` picks from a population of `n`, in selection order.
/// CPython switches between a pool and a set of taken indices by size; each draws differently,
/// so both are reproduced.
pub fn sample_indices(generator: &mut Mt19937, n: usize, k: usize) -> Result<Vec<usize>, NumError> {
    if k > n {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let mut setsize: f64 = 21.0;
    if k > 5 {
        // 4 ** ceil(log(k * 3, 4)), with math.log's float arithmetic.
        let exponent = (((k * 3) as f64).ln() / 4f64.ln()).ceil();
        setsize += 4f64.powf(exponent);
    }
    let mut result = Vec::with_capacity(k);
    if (n as f64) <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = generator.randbelow_u64((n - i) as u64) as usize;
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = generator.randbelow_u64(n as u64) as usize;
            while selected.contains(&j) {
                j = generator.randbelow_u64(n as u64) as usize;
            }
            selected.insert(j);
            result.push(j);
        }
    }
    Ok(result)
}

/// The indices `choices(population, k=k)` (no weights) picks: `floor(random() * n)`.
pub fn choices_indices(generator: &mut Mt19937, n: usize, k: usize) -> Vec<usize> {
    let n = n as f64;
    (0..k)
        .map(|_| (generator.random() * n).floor() as usize)
        .collect()
}

/// The indices `choices(population, cum_weights=cum_weights, k=k)` picks (for `weights=`, pass
/// their running sums): `bisect(cum_weights, random() * total, 0, n - 1)`.
pub fn choices_weighted_indices(
    generator: &mut Mt19937,
    cum_weights: &[f64],
    k: usize,
) -> Result<Vec<usize>, NumError> {
    let Some(&total) = cum_weights.last() else {
        // CPython fails indexing cum_weights[-1] of an empty list.
        return Err(NumError::new(
            ExceptionKind::IndexError,
            "list index out of range",
        ));
    };
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let high = cum_weights.len() - 1;
    Ok((0..k)
        .map(|_| {
            let target = generator.random() * total;
            // bisect_right within [0, high)
            cum_weights[..high].partition_point(|&w| w <= target)
        })
        .collect())
}

/// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio-of-uniforms method.
pub fn normalvariate(generator: &mut Mt19937, mu: f64, sigma: f64) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = generator.random();
        let u2 = 1.0 - generator.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return mu + z * sigma;
        }
    }
}

/// `gauss(mu, sigma)`: Box-Muller, keeping the second deviate for the next call.
pub fn gauss(generator: &mut Mt19937, mu: f64, sigma: f64) -> f64 {
    let z = match generator.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = generator.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - generator.random()).ln()).sqrt();
            generator.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    mu + z * sigma
}

/// `expovariate(lambd)`: `-log(1 - random()) / lambd`.
pub fn expovariate(generator: &mut Mt19937, lambd: f64) -> Result<f64, NumError> {
    let draw = -(1.0 - generator.random()).ln();
    if lambd == 0.0 {
        return Err(NumError::new(
            ExceptionKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(draw / lambd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_use_the_absolute_value() {
        let mut a = Mt19937::new_from_seed_int(&BigInt::from(-7));
        let mut b = Mt19937::new_from_seed_int(&BigInt::from(7));
        assert_eq!(a.genrand_u32(), b.genrand_u32());
    }

    /// The machine-int fast paths against the big-int paths really taken (word by word),
    /// which bounds over 64 bits use; both draw the same words from one seed.
    #[test]
    fn fast_paths_agree_with_big_paths() {
        for seed in [0, 99, 12345] {
            let mut fast = Mt19937::new_from_seed_int(&BigInt::from(seed));
            let mut big = fast.clone();
            for k in [0u32, 1, 5, 31, 32, 33, 47, 63, 64] {
                assert_eq!(
                    BigUint::from(fast.getrandbits_u64(k)),
                    big.getrandbits_words(u64::from(k)),
                    "getrandbits({k})"
                );
            }
            for n in [1u64, 2, 3, 7, 1000, 1 << 32, (1 << 33) + 1, u64::MAX] {
                assert_eq!(
                    BigUint::from(fast.randbelow_u64(n)),
                    big.randbelow_words(&BigUint::from(n)),
                    "randbelow({n})"
                );
            }
            for _ in 0..20 {
                let drawn = randint_i64(&mut fast, -1000, 1000).unwrap();
                let offset = big.randbelow_words(&BigUint::from(2001u32));
                assert_eq!(
                    BigInt::from(drawn),
                    BigInt::from(-1000) + BigInt::from(offset)
                );
            }
        }
    }

    #[test]
    fn entropy_seeds_differ() {
        let mut a = Mt19937::new_from_entropy();
        let mut b = Mt19937::new_from_entropy();
        let draws_a: Vec<u32> = (0..4).map(|_| a.genrand_u32()).collect();
        let draws_b: Vec<u32> = (0..4).map(|_| b.genrand_u32()).collect();
        assert_ne!(draws_a, draws_b);
    }
}
