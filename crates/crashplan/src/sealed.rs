//! Traits that only this crate implements: [`Sealed`] is their private supertrait, so that a
//! method added to them is never a breaking change.

/// The private supertrait of sealed traits.
pub trait Sealed {}

/// The private supertrait of stream extension traits, implemented for every stream of `T`.
pub trait SealedStream<T> {}

impl<T, S: futures::Stream<Item = crate::Result<T>>> SealedStream<T> for S {}
