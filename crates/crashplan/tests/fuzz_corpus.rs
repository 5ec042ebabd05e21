//! Replays the fuzz corpus (`fuzz/corpus/*`) through the fuzz entry points on stable Rust: a
//! short, bounded run of what the fuzzers found interesting, in every CI run.

use std::path::Path;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("the corpus exists")
        .map(|entry| std::fs::read(entry.expect("entry").path()).expect("readable"))
        .collect();
    assert!(!inputs.is_empty(), "{} is empty", dir.display());
    // A few hostile shapes besides the corpus.
    inputs.extend([
        Vec::new(),
        vec![0xff; 64],
        b"(".repeat(10_000),
        b"[".repeat(10_000),
        format!("{{\"users\": [{}]}}", "{},".repeat(1000)).into_bytes(),
        b"{\"metadata\":{\"params\":{},\"timestamp\":\"x\"},\"users\":[{\"id\":1e999}]}".to_vec(),
    ]);
    inputs
}

#[test]
fn the_query_corpus_never_panics() {
    for input in corpus("query_parse") {
        crashplan::fuzzing::query(&input);
    }
}

#[test]
fn the_decoder_corpus_never_panics() {
    for input in corpus("decode_responses") {
        crashplan::fuzzing::decode(&input);
    }
}
