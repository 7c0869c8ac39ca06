//! Embeds the corpus into the app: every `.txt` and `.md` file directly inside `seeds/`, or
//! inside the folder named by `SIFT_CORPUS` at build time. Each file is parsed here first,
//! so a file that is not text fails the build with a message naming it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=SIFT_CORPUS");
    println!("cargo:rerun-if-env-changed=SIFT_CORPUS_NAME");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = match std::env::var_os("SIFT_CORPUS") {
        Some(dir) if !dir.is_empty() => manifest.join(dir),
        _ => manifest.join("seeds"),
    };
    // Adding, changing or removing a file in the folder re-runs this script.
    println!("cargo:rerun-if-changed={}", dir.display());

    let files = sift_engine::corpus::corpus_files(&dir).unwrap_or_else(|e| {
        fail(&format!(
            "{e}\n  The corpus folder is seeds/ or the folder named by SIFT_CORPUS."
        ))
    });
    for skipped in &files.skipped {
        println!(
            "cargo:warning=not bundled (only .txt and .md files directly inside the corpus folder are): {}",
            skipped.display()
        );
    }

    let mut code = String::new();
    let name = std::env::var("SIFT_CORPUS_NAME")
        .ok()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| folder_name(&dir));
    writeln!(code, "pub const CORPUS_NAME: &str = {name:?};").unwrap();
    writeln!(code, "pub static FILES: &[(&str, &str)] = &[").unwrap();
    for path in &files.documents {
        println!("cargo:rerun-if-changed={}", path.display());
        if let Err(e) = sift_engine::corpus::read_document(path) {
            fail(&format!("cannot bundle {e}"));
        }
        let file_name = path.file_name().unwrap_or_default().to_string_lossy();
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        writeln!(
            code,
            "    ({file_name:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("corpus.rs");
    std::fs::write(&out, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn folder_name(dir: &Path) -> String {
    std::fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "documents".into())
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
