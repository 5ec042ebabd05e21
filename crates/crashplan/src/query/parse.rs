//! The parser: tokens to an expression, fields checked against [`Fields`].

use chrono::{DateTime, TimeDelta, Utc};

use super::lex::{Op, Tok, Token};
use super::{Fields, QueryError, Span};

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare { field: String, op: Op, value: Lit },
}

/// A literal value.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Lit {
    Null,
    Bool(bool),
    Num {
        value: f64,
        integer: Option<i64>,
    },
    Str(String),
    /// An instant: a relative date (`-7d`) resolved when the query was parsed.
    Instant(DateTime<Utc>),
}

/// Most comparisons in one query, and deepest nesting of `(` and `not`: bounds the recursion
/// of parsing and evaluation, so no input can exhaust the stack.
const MAX_COMPARISONS: usize = 256;
const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    fields: &'a Fields,
    depth: usize,
    comparisons: usize,
    /// What relative dates (`-7d`) count from: one instant for the whole query.
    now: DateTime<Utc>,
}

impl Parser<'_> {
    fn peek_keyword(&self, keyword: &str) -> bool {
        matches!(self.tokens.get(self.pos), Some(Token { tok: Tok::Ident(w), .. }) if w.eq_ignore_ascii_case(keyword))
    }

    fn end_span(&self) -> Span {
        let end = self.text.len();
        Span { start: end, end }
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.and()?;
        while self.peek_keyword("or") {
            self.pos += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.unary()?;
        while self.peek_keyword("and") {
            self.pos += 1;
            left = Expr::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, QueryError> {
        self.depth += 1;
        let expr = self.unary_inner();
        self.depth -= 1;
        expr
    }

    fn unary_inner(&mut self) -> Result<Expr, QueryError> {
        if let Some(token) = self.tokens.get(self.pos)
            && self.depth > MAX_DEPTH
        {
            return Err(QueryError::new(
                self.text,
                token.span,
                format!("the query nests `(` and `not` more than {MAX_DEPTH} deep"),
            ));
        }
        if self.peek_keyword("not") {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        let Some(token) = self.tokens.get(self.pos).cloned() else {
            return Err(QueryError::new(
                self.text,
                self.end_span(),
                "expected a comparison such as `status = Active`",
            ));
        };
        match token.tok {
            Tok::LParen => {
                self.pos += 1;
                let inner = self.or()?;
                match self.tokens.get(self.pos) {
                    Some(Token {
                        tok: Tok::RParen, ..
                    }) => {
                        self.pos += 1;
                        Ok(inner)
                    }
                    Some(other) => Err(QueryError::new(self.text, other.span, "expected `)`")),
                    None => Err(QueryError::new(
                        self.text,
                        token.span,
                        "this `(` is never closed",
                    )),
                }
            }
            Tok::Ident(field) => {
                self.pos += 1;
                self.comparisons += 1;
                if self.comparisons > MAX_COMPARISONS {
                    return Err(QueryError::new(
                        self.text,
                        token.span,
                        format!("the query has more than {MAX_COMPARISONS} comparisons"),
                    ));
                }
                self.check_field(&field, token.span)?;
                let op = match self.tokens.get(self.pos) {
                    Some(Token {
                        tok: Tok::Op(op), ..
                    }) => *op,
                    Some(other) => {
                        return Err(QueryError::new(
                            self.text,
                            other.span,
                            "expected an operator: = != < <= > >= ~ !~",
                        ));
                    }
                    None => {
                        return Err(QueryError::new(
                            self.text,
                            self.end_span(),
                            format!("expected an operator after `{field}`"),
                        ));
                    }
                };
                self.pos += 1;
                let value = match self.literal()? {
                    Lit::Str(text) => Lit::Str(self.fields.spelling(&field, text)),
                    other => other,
                };
                Ok(Expr::Compare { field, op, value })
            }
            _ => Err(QueryError::new(
                self.text,
                token.span,
                "expected a field name, `not` or `(`",
            )),
        }
    }

    fn literal(&mut self) -> Result<Lit, QueryError> {
        let Some(token) = self.tokens.get(self.pos).cloned() else {
            return Err(QueryError::new(
                self.text,
                self.end_span(),
                "expected a value",
            ));
        };
        self.pos += 1;
        Ok(match token.tok {
            Tok::Str(s) => Lit::Str(s),
            Tok::Num { value, integer } => Lit::Num { value, integer },
            Tok::Ago(seconds) => Lit::Instant(
                TimeDelta::try_seconds(seconds)
                    .and_then(|delta| self.now.checked_add_signed(delta))
                    .unwrap_or(if seconds < 0 {
                        DateTime::<Utc>::MIN_UTC
                    } else {
                        DateTime::<Utc>::MAX_UTC
                    }),
            ),
            Tok::Ident(word) => match word.to_ascii_lowercase().as_str() {
                "null" => Lit::Null,
                "true" => Lit::Bool(true),
                "false" => Lit::Bool(false),
                _ => Lit::Str(word),
            },
            Tok::Op(_) | Tok::LParen | Tok::RParen => {
                return Err(QueryError::new(self.text, token.span, "expected a value"));
            }
        })
    }

    fn check_field(&self, field: &str, span: Span) -> Result<(), QueryError> {
        if self.fields.contains(field) {
            return Ok(());
        }
        let suggestion = self
            .fields
            .names()
            .map(|name| (strsim::jaro_winkler(name, field), name))
            .filter(|(score, _)| *score > 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| format!(" (did you mean `{name}`?)"))
            .unwrap_or_default();
        let valid: Vec<&str> = self.fields.names().collect();
        Err(QueryError::new(
            self.text,
            span,
            format!("unknown field `{field}`{suggestion}"),
        )
        .with_hint(format!("valid fields: {}", valid.join(", "))))
    }
}

/// Parses the whole token list into one expression.
pub(super) fn parse(text: &str, tokens: Vec<Token>, fields: &Fields) -> Result<Expr, QueryError> {
    let mut parser = Parser {
        text,
        tokens,
        pos: 0,
        fields,
        depth: 0,
        comparisons: 0,
        now: Utc::now(),
    };
    let expr = parser.or()?;
    if let Some(token) = parser.tokens.get(parser.pos) {
        return Err(QueryError::new(
            text,
            token.span,
            "expected `and`, `or` or the end of the query",
        ));
    }
    Ok(expr)
}
