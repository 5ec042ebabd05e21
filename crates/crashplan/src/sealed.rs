//! Traits that only this crate implements: [`Sealed`] is their private supertrait, so that a
//! method added to them is never a breaking change.

/// The private supertrait of sealed traits.
pub trait Sealed {}
