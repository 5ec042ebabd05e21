//! `cpctl drift`: what a live server answers, compared with the spec this binary was built
//! from (`crashplan::api::spec::API`, generated from `spec/crashplan-pro.yaml`).
//!
//! Every read operation the account can reach is called: each list with a small page
//! (`--page-size`, 5 by default), then the detail view of every item of that page, and the
//! reads without parameters (server statistics). The answers are compared with the spec's schemas, statuses and
//! headers; see [`compare`]. Against today's servers (`--api today`) the same is done with
//! today's reads ([`today`]).

pub mod compare;
mod today;

use std::io::Write;
use std::process::ExitCode;

use crashplan::api::spec::{API, Generation, Operation, Paging, Role};
use reqwest::Method;
use serde_json::Value;

use self::compare::{Comparison, Finding, Kind};
use super::Ctx;
use crate::cli::DriftArgs;
use crate::error::{CliError, EXIT_DRIFT};
use crate::output::{Format, RecordWriter};

/// One answer: status, header names and JSON body.
struct Answer {
    status: u16,
    headers: Vec<String>,
    body: Option<Value>,
}

async fn call(ctx: &Ctx<'_>, path: &str, query: &[(&str, String)]) -> Result<Answer, CliError> {
    match ctx
        .client
        .request_json(Method::GET, path)
        .query(query)
        .send()
        .await
    {
        Ok(resp) => Ok(Answer {
            status: resp.status.as_u16(),
            headers: resp.headers.keys().map(|k| k.as_str().to_owned()).collect(),
            body: resp.json.clone(),
        }),
        Err(err) => match err.status() {
            // An error answer is still an answer: its status is compared with the spec.
            Some(status) => Ok(Answer {
                status: status.as_u16(),
                headers: Vec::new(),
                body: None,
            }),
            None => Err(err.into()),
        },
    }
}

/// The paging parameters asking for the first `size` items, in the style the list documents.
fn first_page(op: &Operation, size: u32) -> Vec<(&'static str, String)> {
    let param = |role| {
        op.params
            .iter()
            .find(|p| p.role == Role::Paging(role))
            .map(|p| p.name)
    };
    let pair = |first, first_value: &str, count| {
        Some(vec![
            (param(first)?, first_value.to_owned()),
            (param(count)?, size.to_string()),
        ])
    };
    pair(Paging::Offset, "0", Paging::Limit)
        .or_else(|| pair(Paging::Page, "1", Paging::PageSize))
        .unwrap_or_default()
}

/// Calls `path` with `query` for `op` and compares the answer with the spec; the body when
/// the answer is a success, else `None` with the reason in `unreachable`.
async fn compare(
    ctx: &Ctx<'_>,
    survey: &mut Survey,
    op: &'static Operation,
    path: &str,
    query: &[(&str, String)],
) -> Result<Option<Value>, CliError> {
    let answer = call(ctx, path, query).await?;
    survey
        .cmp
        .answer(op, answer.status, &answer.headers, answer.body.as_ref());
    if !(200..300).contains(&answer.status) {
        survey.unreachable.push(format!(
            "{} ({} {}): answered {}",
            op.id, op.method, path, answer.status
        ));
        return Ok(None);
    }
    Ok(answer.body)
}

/// What the calls found: the comparison, and the operations that could not be compared.
#[derive(Default)]
struct Survey {
    cmp: Comparison,
    unreachable: Vec<String>,
}

/// Calls every reachable read operation of the server's generation and compares the answers
/// with the spec: CrashPlan PRO 3.x's here, today's in [`today`].
async fn survey(ctx: &Ctx<'_>, page_size: u32) -> Result<Survey, CliError> {
    let mut survey = Survey::default();
    if ctx.generation == Generation::Today {
        today::survey(ctx, page_size, &mut survey).await?;
        return Ok(survey);
    }
    let reads = API.operations.iter().filter(|op| {
        op.generation == Generation::Pro3
            && op.method == "GET"
            && !op.path.contains('{')
            && op.params.iter().all(|p| !p.required)
    });
    for op in reads {
        let query = first_page(op, page_size);
        let Some(body) = compare(ctx, &mut survey, op, op.path, &query).await? else {
            continue;
        };
        let Some(list) = &op.list else { continue };
        let Some((detail_id, _)) = list.detail else {
            continue;
        };
        let Some(detail) = API.operation(detail_id) else {
            continue;
        };
        // The detail view of every item of the page: optional properties show in some only.
        let ids: Vec<i64> = body
            .get(list.items_key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|item| item.get("id").and_then(Value::as_i64))
            .collect();
        if ids.is_empty() {
            survey
                .unreachable
                .push(format!("{detail_id}: {} has no item to retrieve", op.id));
        }
        for id in ids {
            let path = detail.path.replace("{id}", &id.to_string());
            compare(ctx, &mut survey, detail, &path, &[]).await?;
        }
    }
    Ok(survey)
}

pub async fn run(ctx: &Ctx<'_>, args: DriftArgs) -> Result<ExitCode, CliError> {
    let Survey { cmp, unreachable } = survey(ctx, args.page_size).await?;
    for line in &unreachable {
        ctx.ui.warn(format!("not compared: {line}"));
    }
    let (findings, examples) = cmp.finish();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    if args.patch {
        out.write_all(compare::patch(&findings, &examples).as_bytes())?;
        out.flush()?;
    } else {
        let columns = crate::columns![
            ("Operation", "operation"),
            ("Kind", "kind"),
            ("Where", "location"),
            ("Spec", "spec"),
            ("Server", "server"),
            ("Example", "example"),
        ];
        let mut writer = RecordWriter::new(ctx.format, columns, out);
        for finding in &findings {
            writer.write(&row(finding, ctx.format))?;
        }
        writer.finish()?;
    }
    let differences = findings.iter().filter(|f| f.kind.is_difference()).count();
    let notes = findings.len() - differences;
    if notes > 0 {
        ctx.ui.info(format!(
            "{notes} documented optional propert{} never seen in the answers compared (not a difference: the server may have no such data)",
            if notes == 1 { "y was" } else { "ies were" }
        ));
    }
    if differences == 0 {
        ctx.ui.info(format!(
            "the server matches the spec (API version {}) in every answer compared",
            API.version
        ));
        Ok(ExitCode::SUCCESS)
    } else {
        ctx.ui.info(format!(
            "{differences} difference(s) from the spec (API version {}); `cpctl drift --patch` prints the YAML for the undocumented properties",
            API.version
        ));
        Ok(ExitCode::from(EXIT_DRIFT))
    }
}

fn row(finding: &Finding, format: Format) -> Value {
    let mut json = serde_json::to_value(finding).unwrap_or(Value::Null);
    if format == Format::Table
        && let Some(kind) = json.get_mut("kind")
    {
        *kind = Value::String(Kind::as_str(finding.kind).to_owned());
    }
    json
}
