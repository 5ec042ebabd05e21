//! The `users find` query language: any input parses or fails with a positioned error, and a
//! parsed query evaluates on any item without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crashplan::fuzzing::query(data);
});
