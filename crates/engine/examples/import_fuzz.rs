//! Mutate sample files at random and read each through `import::import`, which must never
//! panic: `cargo run --release -p sift-engine --features import --example import_fuzz --
//! FILE...` (200,000 inputs: a few cut, changed, inserted or deleted bytes of a sample,
//! under a random file name).

fn main() {
    let samples: Vec<Vec<u8>> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    assert!(!samples.is_empty(), "name some sample files");
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut random = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let names = ["a.txt", "a.md", "a.html", "a.htm", "a.docx", "a.pdf", "a"];
    let limits = sift_engine::import::Limits {
        max_unzipped_bytes: 5_000_000,
        ..Default::default()
    };
    let (mut read, mut refused) = (0, 0);
    for _ in 0..200_000 {
        let mut bytes = samples[random() as usize % samples.len()].clone();
        for _ in 0..1 + random() % 8 {
            if bytes.is_empty() {
                break;
            }
            let at = random() as usize % bytes.len();
            match random() % 4 {
                0 => bytes[at] = random() as u8,
                1 => bytes.truncate(at.max(1)),
                2 => bytes.insert(at, random() as u8),
                _ => {
                    let end = (at + random() as usize % 64).min(bytes.len());
                    bytes.drain(at..end);
                }
            }
        }
        let name = names[random() as usize % names.len()];
        match sift_engine::import::import(name, &bytes, &limits) {
            Ok(_) => read += 1,
            Err(_) => refused += 1,
        }
    }
    println!("{read} read, {refused} refused, no panic");
}
