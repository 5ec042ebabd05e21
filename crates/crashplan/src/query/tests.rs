//! Tests of the query language.

use serde_json::json;

use super::*;

fn users(text: &str) -> Query {
    Query::parse(text, &Fields::users()).expect("query parses")
}

fn user_three() -> Value {
    json!({
        "id": 69, "status": "Active", "email": "userthree@testorg.org", "firstName": "User",
        "lastName": "Three", "orgId": 43, "creationDate": "2008-10-29T14:08:06.141-05:00",
        "archiveBytes": 78213557, "quota": {"bytes": 150}
    })
}

#[test]
fn the_issue_example_matches_user_three() {
    let query = users(
        r#"status = Active and orgId = 43 and archiveBytes > 10MB and email ~ "@testorg.org""#,
    );
    assert!(query.matches(&user_three()));
    assert_eq!(
        query.server_filters(),
        vec![("status", "Active".into()), ("orgId", "43".into())]
    );
    assert!(query.needs_detail());
    let mut small = user_three();
    small["archiveBytes"] = json!(10 * 1024 * 1024);
    assert!(!query.matches(&small), "10MB is not > 10MB");
}

#[test]
fn precedence_not_and_parentheses() {
    let user = user_three();
    assert!(users("status = Deactivated or orgId = 43 and lastName = Three").matches(&user));
    assert!(!users("(status = Deactivated or orgId = 43) and lastName = One").matches(&user));
    assert!(users("not status = Deactivated").matches(&user));
    assert!(!users("NOT (orgId = 43)").matches(&user));
    // `or` at the top level means no server filter can be applied.
    assert!(
        users("status = Active or orgId = 1")
            .server_filters()
            .is_empty()
    );
    assert!(!users("status = Active and orgId = 1").needs_detail());
}

#[test]
fn operators_and_values() {
    let user = user_three();
    for (query, expected) in [
        ("id >= 69", true),
        ("id < 69", false),
        ("id != 70", true),
        ("archiveBytes <= 74.6MiB", true),
        ("archiveBytes > 0.07GB", true),
        ("quota.bytes = 150", true),
        ("email !~ EXAMPLE.com", true),
        ("email ~ 'USERTHREE'", true),
        ("creationDate > \"2008-10-29\"", true),
        ("creationDate < \"2008-10-29T19:08:06Z\"", false),
        ("firstName = null", false),
        ("username = null", true),
        ("lastName > One", true),
        ("status = active", true), // a documented value, in any case
    ] {
        assert_eq!(users(query).matches(&user), expected, "{query}");
    }
}

#[test]
fn list_fields_match_any_element() {
    let query = Query::parse("alertStates = WARN", &Fields::computers()).expect("parses");
    assert!(query.matches(&json!({"alertStates": ["OK", "WARN"]})));
    assert!(!query.matches(&json!({"alertStates": []})));
}

#[test]
fn big_ids_compare_exactly() {
    let query = Query::parse("guid = 343195742699662015", &Fields::computers()).expect("ok");
    assert!(query.matches(&json!({"guid": 343195742699662015_i64})));
    assert!(!query.matches(&json!({"guid": 343195742699662016_i64})));
    assert_eq!(
        query.server_filters(),
        vec![("guid", "343195742699662015".into())]
    );
}

#[test]
fn unknown_fields_point_at_the_position_and_list_valid_fields() {
    let err = Query::parse("status = Active and archivBytes > 10MB", &Fields::users())
        .expect_err("unknown field");
    assert_eq!(err.column(), 21);
    let text = err.to_string();
    assert!(
        text.contains("unknown field `archivBytes` (did you mean `archiveBytes`?)"),
        "{text}"
    );
    assert!(
        text.contains("\n                      ^^^^^^^^^^^\n"),
        "{text}"
    );
    assert!(text.contains("valid fields: archiveBytes, "), "{text}");
    assert!(text.contains("quota.bytes"), "{text}");
}

#[test]
fn syntax_errors_point_at_the_position() {
    for (query, column, message) in [
        ("status Active", 8, "expected an operator"),
        ("status =", 9, "expected a value"),
        ("(status = Active", 1, "never closed"),
        ("status = Active orgId = 1", 17, "expected `and`, `or`"),
        ("email = \"abc", 9, "unterminated string"),
        ("archiveBytes > 10XB", 16, "unknown unit `XB`"),
        ("status ! Active", 8, "`!` must be followed"),
        ("", 1, "expected a comparison"),
        ("status = Active and", 20, "expected a comparison"),
        ("= 3", 1, "expected a field name"),
        ("id = 1 # 2", 8, "unexpected character `#`"),
    ] {
        let err = Query::parse(query, &Fields::users()).expect_err(query);
        assert_eq!(err.column(), column, "{query}: {err}");
        assert!(err.message().contains(message), "{query}: {err}");
    }
}

#[test]
fn hostile_queries_are_errors_not_stack_overflows() {
    let deep = "(".repeat(10_000);
    let err = Query::parse(&deep, &Fields::users()).expect_err("too deep");
    assert!(err.message().contains("more than 64 deep"), "{err}");
    let nots = format!("{} id = 1", "not ".repeat(10_000));
    assert!(Query::parse(&nots, &Fields::users()).is_err());
    let long = vec!["id = 1"; 10_000].join(" and ");
    let err = Query::parse(&long, &Fields::users()).expect_err("too long");
    assert!(err.message().contains("more than 256 comparisons"), "{err}");
    let ok = vec!["id = 1"; 256].join(" or ");
    assert!(Query::parse(&ok, &Fields::users()).is_ok());
    let nested = format!("{}id = 1{}", "(".repeat(60), ")".repeat(60));
    assert!(Query::parse(&nested, &Fields::users()).is_ok());
}

#[test]
fn sizes_parse_with_binary_units() {
    assert_eq!(parse_size("10MB"), Ok(10_485_760));
    assert_eq!(parse_size("10 mb"), Ok(10_485_760));
    assert_eq!(parse_size("1.5GiB"), Ok(1_610_612_736));
    assert_eq!(parse_size("250"), Ok(250));
    assert_eq!(parse_size("1K"), Ok(1024));
    assert!(parse_size("-1MB").is_err());
    assert!(
        parse_size("10XB")
            .expect_err("bad unit")
            .contains("unknown size unit `XB`")
    );
    assert!(parse_size("").is_err());
}

#[test]
fn fields_come_from_the_generated_types() {
    let fields = Fields::users();
    let names: Vec<&str> = fields.names().collect();
    for name in [
        "id",
        "email",
        "orgId",
        "archiveBytes",
        "quota",
        "quota.bytes",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert!(!names.contains(&"password"));
    assert!(Fields::orgs().names().any(|n| n == "quota.seats"));
    assert!(
        Fields::computers()
            .names()
            .any(|n| n == "serverBackupStats.percentComplete")
    );
}

#[test]
fn relative_dates_count_back_from_now_and_null_is_never_older() {
    let usages = Fields::of_list("listUsages").expect("usages list");
    let ago = |days: i64| (chrono::Utc::now() - chrono::TimeDelta::days(days)).to_rfc3339();
    let stale = json!({"lastActivity": ago(30), "lastConnected": ago(2)});
    let fresh = json!({"lastActivity": ago(1), "lastConnected": ago(1)});
    let never = json!({"lastActivity": null});
    let q = |text: &str| Query::parse(text, &usages).expect("parses");
    let older = q("lastActivity < -7d");
    assert!(older.matches(&stale));
    assert!(!older.matches(&fresh));
    assert!(!older.matches(&never), "null is no date");
    assert!(q("lastActivity < -7d or lastActivity = null").matches(&never));
    assert!(q("lastActivity = null").matches(&never));
    assert!(q("lastActivity != null").matches(&fresh));
    assert!(q("lastConnected >= -72h and lastActivity < -2W").matches(&stale));
    assert!(q("lastActivity > -1w").matches(&fresh));
    // Out-of-range amounts clamp instead of overflowing.
    assert!(q("lastActivity > -99999999999999w").matches(&fresh));
    assert!(!q("lastActivity > 99999999999999d").matches(&fresh));
    let err = Query::parse("lastActivity < -7y", &usages).expect_err("unknown unit");
    assert!(err.to_string().contains("unknown unit `y`"), "{err}");
    assert!(err.to_string().contains("-7d"), "{err}");
}

#[test]
fn documented_values_match_in_any_case_and_go_to_the_server_in_the_api_spelling() {
    let query = users("status = active and orgId = 43");
    assert_eq!(
        query.server_filters(),
        vec![("status", "Active".into()), ("orgId", "43".into())]
    );
    assert!(query.matches(&user_three()));
    assert!(users("status != DEACTIVATED").matches(&user_three()));
    // Fields without documented values compare as written.
    assert!(!users("lastName = three").matches(&user_three()));
}
