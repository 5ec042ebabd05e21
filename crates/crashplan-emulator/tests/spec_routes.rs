//! Routes from the spec: operations without a hand-written handler are served from the
//! spec's examples (list with paging and filters, detail by id, 404) or answered 501 naming
//! the operation; a filter the spec does not describe is a 501 naming it; `Allow` comes from
//! the spec. The emulator serves a spec written here: today's operations plus resources
//! whose items reuse the examples of orgs and mount points (one of them under `/api/`).

mod common;

use std::sync::LazyLock;

use common::{Harness, ids, split};
use crashplan_api::spec::{API, Api, Filter, List, Match, Operation, Param, Role, Type};
use crashplan_emulator::{Emulator, EmulatorError};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn copy_param(p: &'static Param) -> Param {
    let role = match &p.role {
        Role::Path => Role::Path,
        Role::Paging(kind) => Role::Paging(*kind),
        Role::Filter(f) => Role::Filter(Filter {
            property: f.property,
            matching: f.matching,
        }),
        Role::Other => Role::Other,
    };
    Param { role, ..*p }
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Vec::leak(items)
}

/// An operation of the test spec, modelled on today's `model` operation.
fn operation(
    id: &'static str,
    method: &'static str,
    path: &'static str,
    model: &'static str,
    response: &'static str,
    list: Option<List>,
    params: Vec<Param>,
) -> Operation {
    let model = API.operation(model).expect("in the spec");
    Operation {
        id,
        method,
        path,
        verb: "test",
        params: leak(params),
        response: Some(response),
        list,
        ..copy(model)
    }
}

fn copy(o: &'static Operation) -> Operation {
    Operation {
        params: o.params,
        list: o.list.as_ref().map(|l| List { ..*l }),
        ..*o
    }
}

/// Today's spec plus `listWidgets`/`getWidget`/`deleteWidget` (orgs' examples, a filter `q`
/// that compares nothing), `listGadgets`/`getGadget` under `/api/v1` (mount points'
/// examples) and `getGizmo` (neither a list nor a detail view).
static SPEC: LazyLock<Api> = LazyLock::new(|| {
    let mut operations: Vec<Operation> = API.operations.iter().map(copy).collect();
    let list_orgs = API.operation("listOrgs").expect("listOrgs");
    let list_mount_points = API.operation("listMountPoints").expect("listMountPoints");
    let get_org = API.operation("getOrg").expect("getOrg");
    let id = || get_org.params.iter().map(copy_param).collect::<Vec<_>>();
    let q = Param {
        name: "q",
        location: "query",
        ty: Type::String,
        required: false,
        description: "Free text.",
        known_values: &[],
        role: Role::Filter(Filter {
            property: "q",
            matching: Match::Unknown,
        }),
    };
    let mut widget_params = vec![q];
    widget_params.extend(list_orgs.params.iter().map(copy_param));
    operations.extend([
        operation(
            "listWidgets",
            "GET",
            "/rest/widgets",
            "listOrgs",
            "OrgList",
            Some(List {
                items_key: "orgs",
                item: "Org",
                detail: Some(("getWidget", "OrgDetail")),
                envelope: None,
                total: None,
            }),
            widget_params,
        ),
        operation(
            "getWidget",
            "GET",
            "/rest/widgets/{id}",
            "getOrg",
            "OrgDetail",
            None,
            id(),
        ),
        operation(
            "deleteWidget",
            "DELETE",
            "/rest/widgets/{id}",
            "getOrg",
            "OrgDetail",
            None,
            id(),
        ),
        operation(
            "listGadgets",
            "GET",
            "/api/v1/gadgets",
            "listMountPoints",
            "MountPointList",
            Some(List {
                items_key: "mountPoints",
                item: "MountPoint",
                detail: Some(("getGadget", "MountPointDetail")),
                envelope: None,
                total: None,
            }),
            list_mount_points.params.iter().map(copy_param).collect(),
        ),
        operation(
            "getGadget",
            "GET",
            "/api/v1/gadgets/{id}",
            "getMountPoint",
            "MountPointDetail",
            None,
            id(),
        ),
        operation(
            "getGizmo",
            "GET",
            "/rest/gizmos",
            "getServerStats",
            "ServerStats",
            None,
            Vec::new(),
        ),
    ]);
    Api {
        version: "test",
        operations: leak(operations),
        schemas: API.schemas,
    }
});

async fn start() -> Harness {
    Harness::with(Emulator::builder().spec(&SPEC)).await
}

async fn get(h: &Harness, path: &str) -> (StatusCode, Value) {
    split(h.admin(Method::GET, path).send().await.expect("sent")).await
}

fn message(body: &Value) -> &str {
    body["message"].as_str().expect("an ApiError body")
}

#[tokio::test]
async fn a_list_without_handler_is_served_from_the_examples() {
    let h = start().await;
    // OrgList.list-orgs lists 2, 3, 42 and 43; OrgDetail.create-org-response adds 139.
    let body = h.get_json("/rest/widgets").await;
    assert_eq!(ids(&body, "orgs"), [2, 3, 42, 43, 139]);
    assert_eq!(body["metadata"]["count"], json!(5));
    // A detail example's item is listed in list view (the item schema's properties).
    let listed = &body["orgs"][4];
    assert_eq!(listed["name"], json!("SubOrg5"));
    assert!(listed.get("selectedFiles").is_none(), "{listed}");

    for (query, expected) in [
        ("name=SubOrg1", vec![43]),
        ("status=ACTIVE", vec![2, 3, 42, 43, 139]),
        ("status=Deactivated", vec![]),
        ("parentId=2", vec![43, 139]),
        ("parentId=2&offset=1", vec![139]),
        ("offset=1&limit=2", vec![3, 42]),
        ("page=2&pageSize=2", vec![42, 43]),
        ("page=9&pageSize=2", vec![]),
    ] {
        let body = h.get_json(&format!("/rest/widgets?{query}")).await;
        assert_eq!(ids(&body, "orgs"), expected, "{query}");
        assert_eq!(
            body["metadata"]["params"].as_object().map(|m| m.len()),
            Some(query.split('&').count())
        );
    }
    let (status, body) = get(&h, "/rest/widgets?parentId=two").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(message(&body).contains("parentId"), "{body}");
    let (status, _) = get(&h, "/rest/widgets?offset=1&page=1").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_detail_without_handler_is_served_from_the_same_items() {
    let h = start().await;
    let org = h.get_json("/rest/widgets/43").await;
    assert_eq!(org["id"], json!(43));
    assert_eq!(
        org["quota"]["seats"],
        json!(10),
        "the detail example: {org}"
    );
    let org = h.get_json("/rest/widgets/139").await;
    assert_eq!(org["name"], json!("SubOrg5"));
    // A listed item without a detail example is answered in its list view.
    let org = h.get_json("/rest/widgets/2").await;
    assert_eq!(org["name"], json!("PROServer Demo"));
    for missing in ["7", "abc", "043"] {
        let (status, body) = get(&h, &format!("/rest/widgets/{missing}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
        assert!(message(&body).contains("getWidget"), "{body}");
    }
}

#[tokio::test]
async fn paths_under_api_are_served_alike() {
    let h = start().await;
    let body = h.get_json("/api/v1/gadgets").await;
    assert_eq!(ids(&body, "mountPoints"), [1]);
    let body = h.get_json("/api/v1/gadgets?status=DISABLED").await;
    assert_eq!(ids(&body, "mountPoints"), Vec::<i64>::new());
    let mount_point = h.get_json("/api/v1/gadgets/1").await;
    assert_eq!(mount_point["bytesTotal"], json!(99_424_124_928_i64));
    let (status, _) = get(&h, "/api/v1/gadgets/2").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn other_operations_without_handler_are_501_naming_them() {
    let h = start().await;
    let (status, body) = split(
        h.admin(Method::DELETE, "/rest/widgets/43")
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_IMPLEMENTED);
    assert!(
        message(&body).contains("deleteWidget (DELETE /rest/widgets/{id})"),
        "{body}"
    );
    assert_eq!(body["status"], json!(501));
    let (status, body) = get(&h, "/rest/gizmos").await;
    assert_eq!(status, StatusCode::NOT_IMPLEMENTED);
    assert!(message(&body).contains("getGizmo"), "{body}");

    // Still authenticated first, and ordinary users are still read-only.
    let (status, _) = split(
        h.anon(Method::DELETE, "/rest/widgets/43")
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = split(
        h.anon(Method::DELETE, "/rest/widgets/43")
            .basic_auth("userthree@testorg.org", Some("userthree"))
            .send()
            .await
            .expect("sent"),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_filter_the_spec_does_not_describe_is_501_naming_it() {
    let h = start().await;
    let (status, body) = get(&h, "/rest/widgets?q=sub&name=SubOrg1").await;
    assert_eq!(status, StatusCode::NOT_IMPLEMENTED);
    let text = message(&body);
    assert!(text.contains("filter 'q' of listWidgets"), "{text}");
    assert!(text.contains("x-crashplan-filter"), "{text}");
}

#[tokio::test]
async fn allow_comes_from_the_spec() {
    let h = start().await;
    for (method, path, allow) in [
        (Method::PUT, "/rest/widgets/43", "GET, DELETE"),
        (Method::POST, "/rest/widgets", "GET"),
        (Method::DELETE, "/api/v1/gadgets", "GET"),
        (Method::DELETE, "/rest/users/69", "GET, PUT"),
    ] {
        let response = h.admin(method.clone(), path).send().await.expect("sent");
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        let header = response.headers().get("allow").expect("Allow");
        assert_eq!(header.to_str().expect("ascii"), allow, "{method} {path}");
    }
    // The hand-written handlers still serve their operations.
    assert_eq!(h.get_json("/rest/users/69").await["id"], json!(69));
}

#[tokio::test]
async fn a_spec_that_disagrees_with_a_handler_stops_the_start() {
    static MOVED: LazyLock<Api> = LazyLock::new(|| {
        let operations = API
            .operations
            .iter()
            .map(|o| Operation {
                path: if o.id == "getUser" {
                    "/rest/people/{id}"
                } else {
                    o.path
                },
                ..copy(o)
            })
            .filter(|o| o.id != "listComputers")
            .collect();
        Api {
            version: "test",
            operations: leak(operations),
            schemas: API.schemas,
        }
    });
    let err = Emulator::builder()
        .spec(&MOVED)
        .spawn()
        .await
        .expect_err("refuses to start");
    let EmulatorError::Spec(text) = err else {
        panic!("not a spec error: {err}");
    };
    assert!(
        text.contains(
            "the handler of 'getUser' was written for GET /rest/users/{id}, but the spec says \
             GET /rest/people/{id}"
        ),
        "{text}"
    );
    assert!(
        text.contains("'listComputers' has a handler, but the spec has no such operation"),
        "{text}"
    );
}
