//! The generated decoders: any bytes decode into every response type or fail with an error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crashplan::fuzzing::decode(data);
});
