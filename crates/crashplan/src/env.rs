//! Configuration from environment variables (`Client::from_env`).

use crate::client::{Client, ClientBuilder};
use crate::error::{Error, Result};

/// Reads the `CRASHPLAN_*` and proxy variables through `lookup`.
pub(crate) fn builder_from(lookup: impl Fn(&str) -> Option<String>) -> Result<ClientBuilder> {
    let var = |name: &str| {
        lookup(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let url = var("CRASHPLAN_URL").ok_or_else(|| {
        Error::Config("CRASHPLAN_URL is not set; set it to the server address, e.g. https://cp.example.com:4285".into())
    })?;
    let mut b = Client::builder(url);
    let username = var("CRASHPLAN_USERNAME");
    // Passwords and tokens are taken verbatim (not trimmed).
    let password = lookup("CRASHPLAN_PASSWORD").filter(|v| !v.is_empty());
    let token = lookup("CRASHPLAN_TOKEN").filter(|v| !v.trim().is_empty());
    let totp = var("CRASHPLAN_TOTP");
    let basic = match var("CRASHPLAN_AUTH").map(|v| v.to_ascii_lowercase()) {
        None => false,
        Some(v) if matches!(v.as_str(), "token" | "login") => false,
        Some(v) if v == "basic" => true,
        Some(v) => {
            return Err(Error::Config(format!(
                "CRASHPLAN_AUTH={v:?} is not known; use token (log in once) or basic"
            )));
        }
    };
    let client_id = var("CRASHPLAN_API_CLIENT_ID");
    let client_secret = lookup("CRASHPLAN_API_CLIENT_SECRET").filter(|v| !v.is_empty());
    if let Some(scheme) = var("CRASHPLAN_TOKEN_SCHEME") {
        b = b.token_scheme(scheme.parse().map_err(|_| {
            Error::Config(format!(
                "CRASHPLAN_TOKEN_SCHEME={scheme:?} is not known; use bearer or v3_user_token"
            ))
        })?);
    }
    match (client_id, client_secret) {
        (Some(_), _) if username.is_some() || token.is_some() => {
            return Err(Error::Config(
                "CRASHPLAN_API_CLIENT_ID is set with CRASHPLAN_USERNAME or CRASHPLAN_TOKEN; set only one kind of credentials".into(),
            ));
        }
        (Some(_), None) => {
            return Err(Error::Config(
                "CRASHPLAN_API_CLIENT_ID is set but CRASHPLAN_API_CLIENT_SECRET is not".into(),
            ));
        }
        (None, Some(_)) => {
            return Err(Error::Config(
                "CRASHPLAN_API_CLIENT_SECRET is set without CRASHPLAN_API_CLIENT_ID".into(),
            ));
        }
        (Some(id), Some(secret)) => {
            if totp.is_some() || password.is_some() || basic {
                return Err(Error::Config(
                    "CRASHPLAN_TOTP, CRASHPLAN_PASSWORD and CRASHPLAN_AUTH=basic do not apply to an API client (CRASHPLAN_API_CLIENT_ID)".into(),
                ));
            }
            return connection(lookup, b.api_client(id, secret));
        }
        (None, None) => {}
    }
    b = match (username, password, token) {
        (Some(_), _, Some(_)) => {
            return Err(Error::Config(
                "both CRASHPLAN_TOKEN and CRASHPLAN_USERNAME are set; set only one".into(),
            ));
        }
        (None, Some(_), _) => {
            return Err(Error::Config(
                "CRASHPLAN_PASSWORD is set without CRASHPLAN_USERNAME".into(),
            ));
        }
        (Some(_), None, None) => {
            return Err(Error::Config(
                "CRASHPLAN_USERNAME is set but CRASHPLAN_PASSWORD is not".into(),
            ));
        }
        (Some(u), Some(p), None) if basic => {
            if totp.is_some() {
                return Err(Error::Config(
                    "CRASHPLAN_TOTP only applies to a login, not to CRASHPLAN_AUTH=basic".into(),
                ));
            }
            b.basic(u, p)
        }
        (Some(u), Some(p), None) => b.local_account(u, p),
        (None, None, Some(t)) => {
            if totp.is_some() {
                return Err(Error::Config(
                    "CRASHPLAN_TOTP only applies to a login with CRASHPLAN_USERNAME and CRASHPLAN_PASSWORD, not to CRASHPLAN_TOKEN".into(),
                ));
            }
            b.token(t)
        }
        (None, None, None) => {
            return Err(Error::Config(
                "no credentials: set CRASHPLAN_API_CLIENT_ID and CRASHPLAN_API_CLIENT_SECRET, CRASHPLAN_USERNAME and CRASHPLAN_PASSWORD, or CRASHPLAN_TOKEN"
                    .into(),
            ));
        }
    };
    if let Some(code) = totp {
        b = b.totp(code);
    }
    connection(lookup, b)
}

/// The TLS and proxy settings, read through `lookup`.
fn connection(
    lookup: impl Fn(&str) -> Option<String>,
    mut b: ClientBuilder,
) -> Result<ClientBuilder> {
    let var = |name: &str| {
        lookup(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let insecure = match var("CRASHPLAN_INSECURE").map(|v| v.to_ascii_lowercase()) {
        None => false,
        Some(v) if matches!(v.as_str(), "1" | "true" | "yes" | "on") => true,
        Some(v) if matches!(v.as_str(), "0" | "false" | "no" | "off") => false,
        Some(v) => {
            return Err(Error::Config(format!(
                "CRASHPLAN_INSECURE={v:?} is not a boolean; use true or false"
            )));
        }
    };
    let ca = var("CRASHPLAN_CA_CERT");
    if insecure && ca.is_some() {
        return Err(Error::Config(
            "both CRASHPLAN_CA_CERT and CRASHPLAN_INSECURE=true are set; trusting a CA makes the insecure mode unnecessary, set only one".into(),
        ));
    }
    if let Some(path) = ca {
        b = b.ca_cert_file(path);
    }
    b = b.danger_accept_invalid_certs(insecure);
    let first = |names: &[&str]| names.iter().find_map(|n| var(n));
    let proxy = first(&[
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ]);
    if let Some(p) = proxy {
        b = b.proxy(p);
        if let Some(no) = first(&["NO_PROXY", "no_proxy"]) {
            b = b.no_proxy_for(no);
        }
    } else {
        // The lookup is the whole truth: do not read the process environment behind its back.
        b = b.no_proxy();
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn build(vars: &[(&str, &str)]) -> Result<Client> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        builder_from(|k| map.get(k).cloned())?.build()
    }

    fn config_error(vars: &[(&str, &str)]) -> String {
        match build(vars) {
            Err(Error::Config(m)) => m,
            other => panic!("expected a configuration error, got {other:?}"),
        }
    }

    const URL: (&str, &str) = ("CRASHPLAN_URL", "https://cp.example.com:4285");

    #[test]
    fn a_login_or_a_token_is_enough() {
        let c = build(&[
            URL,
            ("CRASHPLAN_USERNAME", "admin"),
            ("CRASHPLAN_PASSWORD", "pw"),
        ])
        .expect("login");
        assert_eq!(c.config().auth_kind, "local_account");
        let c = build(&[
            URL,
            ("CRASHPLAN_USERNAME", "admin"),
            ("CRASHPLAN_PASSWORD", "pw"),
            ("CRASHPLAN_AUTH", "basic"),
        ])
        .expect("basic");
        assert_eq!(c.config().auth_kind, "basic");
        let c = build(&[URL, ("CRASHPLAN_TOKEN", "t")]).expect("token");
        assert_eq!(c.config().auth_kind, "token");
        let c = build(&[
            URL,
            ("CRASHPLAN_USERNAME", "admin"),
            ("CRASHPLAN_PASSWORD", "pw"),
            ("CRASHPLAN_TOTP", "123456"),
            ("HTTPS_PROXY", "socks5://127.0.0.1:1080"),
            ("NO_PROXY", "localhost"),
        ])
        .expect("login with totp and proxy");
        assert_eq!(c.config().base_url, "https://cp.example.com:4285");
    }

    #[test]
    fn an_api_client_is_enough() {
        let c = build(&[
            URL,
            ("CRASHPLAN_API_CLIENT_ID", "key-1"),
            ("CRASHPLAN_API_CLIENT_SECRET", "s3cret"),
            ("HTTPS_PROXY", "http://127.0.0.1:3128"),
        ])
        .expect("api client");
        assert_eq!(c.config().auth_kind, "api_client");
        assert_eq!(c.config().token_scheme, crate::TokenScheme::Bearer);
        let c = build(&[
            URL,
            ("CRASHPLAN_TOKEN", "t"),
            ("CRASHPLAN_TOKEN_SCHEME", "v3_user_token"),
        ])
        .expect("2010 token");
        assert_eq!(c.config().token_scheme, crate::TokenScheme::V3UserToken);
        let secret = ("CRASHPLAN_API_CLIENT_SECRET", "s3cret");
        let id = ("CRASHPLAN_API_CLIENT_ID", "key-1");
        assert!(config_error(&[URL, id]).contains("CRASHPLAN_API_CLIENT_SECRET is not"));
        assert!(config_error(&[URL, secret]).contains("without CRASHPLAN_API_CLIENT_ID"));
        assert!(config_error(&[URL, id, secret, ("CRASHPLAN_TOKEN", "t")]).contains("only one"));
        assert!(config_error(&[URL, id, secret, ("CRASHPLAN_TOTP", "1")]).contains("API client"));
        assert!(
            config_error(&[
                URL,
                ("CRASHPLAN_TOKEN", "t"),
                ("CRASHPLAN_TOKEN_SCHEME", "basic")
            ])
            .contains("bearer or v3_user_token")
        );
        let m = config_error(&[URL, id, secret, ("CRASHPLAN_USERNAME", "u")]);
        assert!(!m.contains("s3cret"), "{m}");
        let m = config_error(&[URL, secret, ("CRASHPLAN_TOKEN", "t")]);
        assert!(m.contains("without CRASHPLAN_API_CLIENT_ID"), "{m}");
    }

    #[test]
    fn missing_and_contradictory_settings_are_named() {
        assert!(config_error(&[]).contains("CRASHPLAN_URL"));
        assert!(config_error(&[URL]).contains("no credentials"));
        assert!(
            config_error(&[URL, ("CRASHPLAN_PASSWORD", "pw")])
                .contains("without CRASHPLAN_USERNAME")
        );
        assert!(
            config_error(&[URL, ("CRASHPLAN_USERNAME", "a")]).contains("CRASHPLAN_PASSWORD is not")
        );
        assert!(
            config_error(&[
                URL,
                ("CRASHPLAN_USERNAME", "a"),
                ("CRASHPLAN_PASSWORD", "p"),
                ("CRASHPLAN_TOKEN", "t")
            ])
            .contains("set only one")
        );
        assert!(
            config_error(&[URL, ("CRASHPLAN_TOKEN", "t"), ("CRASHPLAN_TOTP", "1")])
                .contains("CRASHPLAN_TOTP")
        );
        assert!(
            config_error(&[
                URL,
                ("CRASHPLAN_TOKEN", "t"),
                ("CRASHPLAN_INSECURE", "maybe")
            ])
            .contains("boolean")
        );
        assert!(
            config_error(&[
                URL,
                ("CRASHPLAN_TOKEN", "t"),
                ("CRASHPLAN_INSECURE", "1"),
                ("CRASHPLAN_CA_CERT", "/x")
            ])
            .contains("set only one")
        );
        assert!(
            config_error(&[
                URL,
                ("CRASHPLAN_TOKEN", "t"),
                ("CRASHPLAN_CA_CERT", "/nonexistent.pem")
            ])
            .contains("cannot read")
        );
        assert!(
            config_error(&[URL, ("CRASHPLAN_TOKEN", "t"), ("HTTPS_PROXY", "ftp://x")])
                .contains("proxy")
        );
        assert!(
            config_error(&[
                ("CRASHPLAN_URL", "cp.example.com"),
                ("CRASHPLAN_TOKEN", "t")
            ])
            .contains("invalid")
        );
    }

    #[test]
    fn config_errors_never_echo_secrets() {
        let m = config_error(&[
            URL,
            ("CRASHPLAN_TOKEN", "sekrit-token"),
            ("HTTPS_PROXY", "ftp://user:proxypass@proxy"),
        ]);
        assert!(!m.contains("sekrit") && !m.contains("proxypass"), "{m}");
    }
}
