//! Analyses the corpus for the app, once, at build time: every `.txt` and `.md` file
//! directly inside `seeds/`, or inside the folder named by `SIFT_CORPUS`. A file that is not
//! text fails the build with a message naming it.
//!
//! The result is one artifact (`sift_engine::artifact`: documents, search index, entities
//! and quotes) named by its content, `corpus-<hash>.sift`. It is written to
//! `<target>/sift-artifact/` gzip-compressed (the browser inflates it as it downloads),
//! where the Trunk post-build hook (`scripts/gen-sw.mjs`) copies it into the build, and to
//! `$OUT_DIR/corpus.sift` as it is; the app is told its name
//! (`ARTIFACT`) and fetches it when it starts.
//!
//! Beside it goes `corpus-<hash>.sift.shell.html`, the page's first screen (the header and
//! the first rows of the document list, `src/shell.rs`), which the hook writes into
//! `index.html` so that the list shows before the app's wasm has arrived.

#[path = "src/shell.rs"]
#[allow(dead_code)]
mod shell;

use sift_engine::artifact::Artifact;
use sift_engine::corpus::Corpus;
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

    let name = std::env::var("SIFT_CORPUS_NAME")
        .ok()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| folder_name(&dir));
    let mut documents = Vec::with_capacity(files.documents.len());
    for path in &files.documents {
        println!("cargo:rerun-if-changed={}", path.display());
        match sift_engine::corpus::read_document(path) {
            Ok(doc) => documents.push(doc),
            Err(e) => fail(&format!("cannot bundle {e}")),
        }
    }
    let corpus = Corpus {
        name: name.clone(),
        documents,
    };
    let artifact = Artifact::build(corpus);
    let bytes = artifact.encode();
    let file = Artifact::file_name(&bytes);
    // What the browser downloads: the artifact gzip-compressed (the app inflates it as it
    // arrives; a file that is not compressed is read as it is).
    let compressed = {
        use std::io::Write as _;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
        gz.write_all(&bytes)
            .and_then(|()| gz.finish())
            .unwrap_or_else(|e| fail(&format!("cannot compress the artifact: {e}")))
    };

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    write(&out.join("corpus.sift"), &bytes);
    let shared = target_dir(&out).join("sift-artifact");
    if let Err(e) = std::fs::create_dir_all(&shared) {
        fail(&format!("cannot create {}: {e}", shared.display()));
    }
    write(&shared.join(&file), &compressed);
    let first_screen = shell::html(&name, &artifact.catalog(), compressed.len());
    write(
        &shared.join(format!("{file}.shell.html")),
        first_screen.as_bytes(),
    );

    let mut code = String::new();
    writeln!(code, "pub const CORPUS_NAME: &str = {name:?};").unwrap();
    writeln!(code, "/// The artifact's file name, beside index.html.").unwrap();
    writeln!(code, "pub const ARTIFACT: &str = {file:?};").unwrap();
    writeln!(code, "pub const ARTIFACT_BYTES: usize = {};", bytes.len()).unwrap();
    writeln!(code, "/// Its size as downloaded (gzip-compressed).").unwrap();
    writeln!(
        code,
        "pub const ARTIFACT_DOWNLOAD: usize = {};",
        compressed.len()
    )
    .unwrap();
    write(&out.join("corpus.rs"), code.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

/// Cargo's target folder: the outermost folder above `OUT_DIR` that Cargo tagged (it also
/// tags `<target>/<triple>/`, so the first tagged folder is not always the one).
fn target_dir(out: &Path) -> PathBuf {
    out.ancestors()
        .filter(|d| d.join("CACHEDIR.TAG").is_file())
        .last()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| fail(&format!("no Cargo target folder above {}", out.display())))
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
