//! Print what `import::import` reads from a file: `cargo run -p sift-engine --features import --example import -- FILE`.

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let bytes = std::fs::read(&path).expect("readable");
    match sift_engine::import::import(&path, &bytes, &Default::default()) {
        Ok(imported) => {
            for n in &imported.notices {
                eprintln!("notice: {n}");
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&imported.document).unwrap()
            );
        }
        Err(e) => eprintln!("{}", e.message(&path)),
    }
}
