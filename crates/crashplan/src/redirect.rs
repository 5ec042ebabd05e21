//! What the client does with redirects: it follows a redirect only to the same origin.
//!
//! Every request of a client carries a credential (a password, a token, a `totp-auth` code)
//! and often a body (a new user's password). A redirect is followed only when its target has
//! the same scheme, host and port as the request, at most [`MAX_HOPS`] times and never back to
//! an address already visited; then the answer of the last hop is the call's answer. Any other
//! redirect fails the call with [`Error::Redirect`](crate::Error::Redirect), which names the
//! origin the server pointed to (never its path or query, which may carry secrets):
//!
//! * to another host or port, or from `https` to `http`: nothing is sent there, no body, no
//!   credential, no code; a login redirected so fails instead of using a token from elsewhere;
//! * a loop (an address visited twice) or more than [`MAX_HOPS`] hops.
//!
//! To use a server that moved, give its new address to
//! [`Client::builder`](crate::Client::builder).
//!
//! Hand-written on top of `reqwest`'s redirect hook: its built-in policies follow any origin
//! (stripping only `Authorization` and cookies, not bodies or other headers).

use std::fmt;

/// The most redirects one request follows.
pub const MAX_HOPS: usize = 10;

/// Why a redirect was not followed; the source of a `reqwest` redirect error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused {
    /// The origin (scheme, host, port) the server pointed to.
    pub(crate) origin: String,
    /// A loop or too many hops (else: another origin).
    pub(crate) looped: bool,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.looped {
            write!(f, "redirect loop through {}", self.origin)
        } else {
            write!(f, "redirect to another origin {}", self.origin)
        }
    }
}

impl std::error::Error for Refused {}

/// The origin of `url`, for messages: `https://host:port`.
fn origin(url: &reqwest::Url) -> String {
    url.origin().ascii_serialization()
}

/// The policy given to `reqwest`: see the [module documentation](self).
pub(crate) fn policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let next = attempt.url().clone();
        let previous = attempt.previous();
        let Some(last) = previous.last() else {
            return attempt.stop();
        };
        if next.origin() != last.origin() {
            return attempt.error(Refused {
                origin: origin(&next),
                looped: false,
            });
        }
        if previous.len() > MAX_HOPS || previous.contains(&next) {
            return attempt.error(Refused {
                origin: origin(&next),
                looped: true,
            });
        }
        attempt.follow()
    })
}

/// The refusal inside a `reqwest` error, if it is one.
pub(crate) fn refusal(e: &reqwest::Error) -> Option<&Refused> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(r) = s.downcast_ref::<Refused>() {
            return Some(r);
        }
        source = s.source();
    }
    None
}
