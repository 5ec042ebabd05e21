//! Per-request hooks: how a higher layer adds credentials to every request and decides how a
//! request is sent (retries, token refresh).
//!
//! The generated [`Client`](crate::Client) carries a [`Hooks`] value and calls it for every
//! operation. [`Hooks::default()`] does nothing beyond sending the request once.
//!
//! ```
//! use crashplan_api::hooks::{Hooks, OperationInfo, RequestHooks};
//! use futures::future::BoxFuture;
//! use reqwest::header::{AUTHORIZATION, HeaderValue};
//!
//! /// Sends a fixed token with every request.
//! struct StaticToken(HeaderValue);
//!
//! impl RequestHooks for StaticToken {
//!     fn prepare<'a>(
//!         &'a self,
//!         request: &'a mut reqwest::Request,
//!         _operation: &'a OperationInfo,
//!     ) -> BoxFuture<'a, Result<(), String>> {
//!         request.headers_mut().insert(AUTHORIZATION, self.0.clone());
//!         Box::pin(async { Ok(()) })
//!     }
//! }
//!
//! let mut token = HeaderValue::from_static("v3_user_token abc");
//! token.set_sensitive(true);
//! let client = crashplan_api::Client::new("http://localhost:4280", Hooks::new(StaticToken(token)));
//! ```

use std::fmt;
use std::sync::Arc;

use futures::future::BoxFuture;
pub use progenitor_client::OperationInfo;
use progenitor_client::{ClientHooks, ClientInfo, Error};

/// Behaviour plugged into every request of the generated client.
pub trait RequestHooks: Send + Sync + 'static {
    /// Adjusts a request before it is sent, e.g. adds the `Authorization` header. An error
    /// aborts the call with [`Error::Custom`] carrying the message.
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'a OperationInfo,
    ) -> BoxFuture<'a, Result<(), String>>;

    /// Sends a prepared request. The default sends it once with `client`; an implementation
    /// may retry (when `request.try_clone()` succeeds) or refresh credentials and replay.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'a OperationInfo,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let _ = operation;
        Box::pin(client.execute(request))
    }
}

/// The generated client's inner value: optional [`RequestHooks`], shared by clones.
#[derive(Clone, Default)]
pub struct Hooks(Option<Arc<dyn RequestHooks>>);

impl Hooks {
    /// Hooks that call `hooks` for every request.
    pub fn new(hooks: impl RequestHooks) -> Self {
        Self(Some(Arc::new(hooks)))
    }

    /// Hooks shared with other clients.
    pub fn shared(hooks: Arc<dyn RequestHooks>) -> Self {
        Self(Some(hooks))
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The hooks may hold credentials: show only whether there are any.
        f.debug_struct("Hooks")
            .field("installed", &self.0.is_some())
            .finish()
    }
}

impl ClientHooks<Hooks> for crate::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        // progenitor adds `api-version: <info.version>`; CrashPlan servers do not use it.
        request.headers_mut().remove("api-version");
        match &self.inner().0 {
            Some(hooks) => hooks.prepare(request, info).await.map_err(Error::Custom),
            None => Ok(()),
        }
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        match &self.inner().0 {
            Some(hooks) => hooks.execute(self.client(), request, info).await,
            None => self.client().execute(request).await,
        }
    }
}
