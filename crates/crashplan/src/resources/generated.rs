// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! The operations of the spec: one handle per resource, one method per operation, the
//! filters of every list. See [`crate::resources`].
use std::future::IntoFuture;
use futures::future::BoxFuture;
use reqwest::Method;
use crate::error::{RequestInfo, Result};
use crate::fanout::HasDetail;
use crate::paging::{PageAnswer, PageRequest, PagingStyle};
use crate::resources::{
    Call, InvalidFilter, List, ListQuery, native_page, parse_filter, unwrap_data,
};
use crate::Client;
impl Client {
    /// An org represents a collection of users.
    ///
    /// See [`Orgs`].
    pub fn orgs(&self) -> Orgs {
        Orgs { client: self.clone() }
    }
    /// A user is a distinct entity which uses the CrashPlan PRO Server for backups.
    ///
    /// See [`Users`].
    pub fn users(&self) -> Users {
        Users { client: self.clone() }
    }
    /// A computer has connected to a CrashPlan PRO server and (perhaps) backed up data.
    ///
    /// See [`Computers`].
    pub fn computers(&self) -> Computers {
        Computers { client: self.clone() }
    }
    /// A computer's backup target (usage).
    ///
    /// See [`Usages`].
    pub fn usages(&self) -> Usages {
        Usages { client: self.clone() }
    }
    /// Statistics about the interaction between a pair of computers.
    ///
    /// See [`ComputerUsageHandle`].
    pub fn computer_usage(&self) -> ComputerUsageHandle {
        ComputerUsageHandle {
            client: self.clone(),
        }
    }
    /// Locations where CrashPlan PRO stores backups (administrators only).
    ///
    /// See [`MountPoints`].
    pub fn mount_points(&self) -> MountPoints {
        MountPoints {
            client: self.clone(),
        }
    }
    /// Real-time statistics about the server (administrators only).
    ///
    /// See [`ServerStatsHandle`].
    pub fn server_stats(&self) -> ServerStatsHandle {
        ServerStatsHandle {
            client: self.clone(),
        }
    }
    /// Daily historical records of archive statistics.
    ///
    /// See [`ArchiveRecords`].
    pub fn archive_records(&self) -> ArchiveRecords {
        ArchiveRecords {
            client: self.clone(),
        }
    }
}
/// Today's CrashPlan (`/api/v1|v3|v38/...`, the cloud consoles and current
/// servers): its resources, each a handle of its own (`client.today().users()` is a
/// [`TodayUsers`]), beside CrashPlan PRO 3.x's (`client.users()`). From
/// [`Client::today`](crate::Client::today); cheap to clone.
#[derive(Debug, Clone)]
pub struct Today {
    pub(crate) client: Client,
}
impl Client {
    /// Today's CrashPlan (`/api/v1|v3|v38/...`): see [`Today`].
    pub fn today(&self) -> Today {
        Today { client: self.clone() }
    }
}
impl Today {
    /// A user is a distinct entity which uses the CrashPlan PRO Server for backups.
    ///
    /// See [`TodayUsers`].
    pub fn users(&self) -> TodayUsers {
        TodayUsers {
            client: self.client.clone(),
        }
    }
    /// How an account of today's CrashPlan logs in.
    ///
    /// See [`TodayLogin`].
    pub fn login(&self) -> TodayLogin {
        TodayLogin {
            client: self.client.clone(),
        }
    }
    /// The tenant (customer) of today's CrashPlan that the signed-in account belongs to.
    ///
    /// See [`TodayCustomer`].
    pub fn customer(&self) -> TodayCustomer {
        TodayCustomer {
            client: self.client.clone(),
        }
    }
    /// A device (computer) of today's CrashPlan that backs up to one or more destinations.
    ///
    /// See [`TodayDevices`].
    pub fn devices(&self) -> TodayDevices {
        TodayDevices {
            client: self.client.clone(),
        }
    }
    /// An org represents a collection of users.
    ///
    /// See [`TodayOrgs`].
    pub fn orgs(&self) -> TodayOrgs {
        TodayOrgs {
            client: self.client.clone(),
        }
    }
}
/// An org represents a collection of users.
///
/// From [`Client::orgs`](crate::Client::orgs); cheap to clone.
///
/// * [`list`](Orgs::list): List all orgs.
/// * [`create`](Orgs::create): Create a new org.
/// * [`get`](Orgs::get): Retrieve an org.
/// * [`update`](Orgs::update): Update an org.
#[derive(Debug, Clone)]
pub struct Orgs {
    pub(crate) client: Client,
}
impl Orgs {
    /// List all orgs. `GET /rest/orgs` (`listOrgs`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists every org on the server, constrained by the optional filters. Items are in list
    /// view (no aggregated statistics); retrieve an org for its detail view.
    pub fn list(&self) -> List<ListOrgsFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listOrgs` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListOrgsFilters>> {
        self.list().find(query)
    }
    /// Create a new org. `POST /rest/orgs` (`createOrg`).
    ///
    /// Creates an org from the given values. `name` and `parentId` are required. Answers with
    /// the detailed information about the new org, identical to a retrieve operation.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn create(
        &self,
        body: crashplan_api::types::OrgCreate,
    ) -> Call<crashplan_api::types::OrgDetail> {
        let request = RequestInfo::new(Method::POST, "/rest/orgs");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().create_org().body(body).send().await
                })
            },
        )
    }
    /// Retrieve an org. `GET /rest/orgs/{id}` (`getOrg`).
    ///
    /// Retrieves the detail view of one org: the list view plus statistics aggregated for all
    /// computers within the org, taken from the last successful run of the nightly ArchiveRecord
    /// report.
    pub fn get(&self, id: i64) -> Call<crashplan_api::types::OrgDetail> {
        let request = RequestInfo::new(Method::GET, format!("/rest/orgs/{id}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move { client.api().get_org().id(id).send().await })
            },
        )
    }
    /// Update an org. `PUT /rest/orgs/{id}` (`updateOrg`).
    ///
    /// Updates the given properties of an org; properties not sent are left unchanged. Sending
    /// `{"status": "Deactivated"}` deactivates the org, and the server appends
    /// ` deactivated <yyyy-MM-dd HH:mm>` to its name. Answers with the detailed information about
    /// the updated org, identical to a retrieve operation.
    pub fn update(
        &self,
        id: i64,
        body: crashplan_api::types::OrgUpdate,
    ) -> Call<crashplan_api::types::OrgDetail> {
        let request = RequestInfo::new(Method::PUT, format!("/rest/orgs/{id}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().update_org().id(id).body(body).send().await
                })
            },
        )
    }
}
/// The filters of `GET /rest/orgs` (`listOrgs`): List all orgs.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgsFilters {
    /// Only orgs with exactly this name.
    pub name: Option<String>,
    /// Only orgs with this status (`Active` or `Deactivated`), in any case.
    pub status: Option<crashplan_api::types::Status>,
    /// Only orgs whose parent org has this id.
    pub parent_id: Option<i64>,
}
/// The filters of `GET /rest/orgs` (`listOrgs`).
impl List<ListOrgsFilters> {
    /// Only orgs with exactly this name.
    ///
    /// Sends `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.filters.name = Some(value.into());
        self
    }
    /// Only orgs with this status (`Active` or `Deactivated`), in any case.
    ///
    /// Sends `status`.
    pub fn status(mut self, value: impl Into<crashplan_api::types::Status>) -> Self {
        self.filters.status = Some(value.into());
        self
    }
    /// Only orgs whose parent org has this id.
    ///
    /// Sends `parentId`.
    pub fn parent_id(mut self, value: i64) -> Self {
        self.filters.parent_id = Some(value);
        self
    }
}
impl crate::sealed::Sealed for ListOrgsFilters {}
impl ListQuery for ListOrgsFilters {
    type Item = crashplan_api::types::Org;
    const OPERATION_ID: &'static str = "listOrgs";
    const PATH: &'static str = "/rest/orgs";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::Org>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/orgs");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::OrgList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_orgs();
                        if let Some(value) = &filters.name {
                            builder = builder.name(value.clone());
                        }
                        if let Some(value) = &filters.status {
                            builder = builder.status(value.clone());
                        }
                        if let Some(value) = &filters.parent_id {
                            builder = builder.parent_id(*value);
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.orgs, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "name" => self.name = Some(parse_filter(param, value)?),
            "status" => self.status = Some(parse_filter(param, value)?),
            "parentId" => self.parent_id = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "orgs";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.name {
            builder = builder.query(&[("name", value)]);
        }
        if let Some(value) = &self.status {
            builder = builder.query(&[("status", value)]);
        }
        if let Some(value) = &self.parent_id {
            builder = builder.query(&[("parentId", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// A user is a distinct entity which uses the CrashPlan PRO Server for backups.
///
/// From [`Client::users`](crate::Client::users); cheap to clone.
///
/// * [`list`](Users::list): List all users.
/// * [`create`](Users::create): Create a new user.
/// * [`get`](Users::get): Retrieve a user.
/// * [`update`](Users::update): Update a user.
#[derive(Debug, Clone)]
pub struct Users {
    pub(crate) client: Client,
}
impl Users {
    /// List all users. `GET /rest/users` (`listUsers`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists every user on the server, constrained by the optional filters. Items are in list
    /// view; retrieve a user for its detail view (archive statistics and quota).
    pub fn list(&self) -> List<ListUsersFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listUsers` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListUsersFilters>> {
        self.list().find(query)
    }
    /// Create a new user. `POST /rest/users` (`createUser`).
    ///
    /// Creates a user in an org. `orgId`, `firstName`, `lastName` and `password` are required,
    /// and at least one of `username` and `email` (a user created with only an email logs in
    /// with it). Answers with the new user. A username or email that is already taken is a 409.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn create(
        &self,
        body: crashplan_api::types::UserCreate,
    ) -> Call<crashplan_api::types::UserDetail> {
        let request = RequestInfo::new(Method::POST, "/rest/users");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().create_user().body(body).send().await
                })
            },
        )
    }
    /// Retrieve a user. `GET /rest/users/{id}` (`getUser`).
    ///
    /// Retrieves the detail view of one user: the list view plus statistics aggregated for all
    /// computers of the user, taken from the last successful run of the nightly ArchiveRecord
    /// report, and the user's quota.
    pub fn get(&self, id: i64) -> Call<crashplan_api::types::UserDetail> {
        let request = RequestInfo::new(Method::GET, format!("/rest/users/{id}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move { client.api().get_user().id(id).send().await })
            },
        )
    }
    /// Update a user. `PUT /rest/users/{id}` (`updateUser`).
    ///
    /// Updates the given properties of a user; properties not sent are left unchanged. Sending
    /// `{"status": "Deactivated"}` deactivates the user, `{"status": "Active"}` reactivates it.
    /// Answers with the detailed information about the updated user.
    pub fn update(
        &self,
        id: i64,
        body: crashplan_api::types::UserUpdate,
    ) -> Call<crashplan_api::types::UserDetail> {
        let request = RequestInfo::new(Method::PUT, format!("/rest/users/{id}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().update_user().id(id).body(body).send().await
                })
            },
        )
    }
}
/// The filters of `GET /rest/users` (`listUsers`): List all users.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsersFilters {
    /// Only the user with this id.
    pub id: Option<i64>,
    /// Only users with this status (`Active` or `Deactivated`), in any case.
    pub status: Option<crashplan_api::types::Status>,
    /// Only users with exactly this email address.
    pub email: Option<String>,
    /// Only users with exactly this first name.
    pub first_name: Option<String>,
    /// Only users with exactly this last name.
    pub last_name: Option<String>,
    /// Only users who belong to the org with this id.
    pub org_id: Option<i64>,
}
/// The filters of `GET /rest/users` (`listUsers`).
impl List<ListUsersFilters> {
    /// Only the user with this id.
    ///
    /// Sends `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.filters.id = Some(value);
        self
    }
    /// Only users with this status (`Active` or `Deactivated`), in any case.
    ///
    /// Sends `status`.
    pub fn status(mut self, value: impl Into<crashplan_api::types::Status>) -> Self {
        self.filters.status = Some(value.into());
        self
    }
    /// Only users with exactly this email address.
    ///
    /// Sends `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.filters.email = Some(value.into());
        self
    }
    /// Only users with exactly this first name.
    ///
    /// Sends `firstName`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.filters.first_name = Some(value.into());
        self
    }
    /// Only users with exactly this last name.
    ///
    /// Sends `lastName`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.filters.last_name = Some(value.into());
        self
    }
    /// Only users who belong to the org with this id.
    ///
    /// Sends `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.filters.org_id = Some(value);
        self
    }
}
impl crate::sealed::Sealed for ListUsersFilters {}
impl ListQuery for ListUsersFilters {
    type Item = crashplan_api::types::User;
    const OPERATION_ID: &'static str = "listUsers";
    const PATH: &'static str = "/rest/users";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::User>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/users");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::UserList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_users();
                        if let Some(value) = &filters.id {
                            builder = builder.id(*value);
                        }
                        if let Some(value) = &filters.status {
                            builder = builder.status(value.clone());
                        }
                        if let Some(value) = &filters.email {
                            builder = builder.email(value.clone());
                        }
                        if let Some(value) = &filters.first_name {
                            builder = builder.first_name(value.clone());
                        }
                        if let Some(value) = &filters.last_name {
                            builder = builder.last_name(value.clone());
                        }
                        if let Some(value) = &filters.org_id {
                            builder = builder.org_id(*value);
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.users, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "id" => self.id = Some(parse_filter(param, value)?),
            "status" => self.status = Some(parse_filter(param, value)?),
            "email" => self.email = Some(parse_filter(param, value)?),
            "firstName" => self.first_name = Some(parse_filter(param, value)?),
            "lastName" => self.last_name = Some(parse_filter(param, value)?),
            "orgId" => self.org_id = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "users";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.id {
            builder = builder.query(&[("id", value)]);
        }
        if let Some(value) = &self.status {
            builder = builder.query(&[("status", value)]);
        }
        if let Some(value) = &self.email {
            builder = builder.query(&[("email", value)]);
        }
        if let Some(value) = &self.first_name {
            builder = builder.query(&[("firstName", value)]);
        }
        if let Some(value) = &self.last_name {
            builder = builder.query(&[("lastName", value)]);
        }
        if let Some(value) = &self.org_id {
            builder = builder.query(&[("orgId", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// A computer has connected to a CrashPlan PRO server and (perhaps) backed up data.
///
/// From [`Client::computers`](crate::Client::computers); cheap to clone.
///
/// * [`list`](Computers::list): List all computers.
/// * [`get`](Computers::get): Retrieve a computer.
#[derive(Debug, Clone)]
pub struct Computers {
    pub(crate) client: Client,
}
impl Computers {
    /// List all computers. `GET /rest/computers` (`listComputers`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists every computer that has connected to the server, constrained by the optional
    /// filters. Items are in list view; retrieve a computer for its detail view. Computers cannot
    /// be created through the API.
    pub fn list(&self) -> List<ListComputersFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listComputers` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListComputersFilters>> {
        self.list().find(query)
    }
    /// Retrieve a computer. `GET /rest/computers/{id}` (`getComputer`).
    ///
    /// Retrieves the detail view of one computer: the list view plus its operating system,
    /// software versions and backup statistics to the PRO Server.
    pub fn get(&self, id: i64) -> Call<crashplan_api::types::ComputerDetail> {
        let request = RequestInfo::new(Method::GET, format!("/rest/computers/{id}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move { client.api().get_computer().id(id).send().await })
            },
        )
    }
}
/// The filters of `GET /rest/computers` (`listComputers`): List all computers.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListComputersFilters {
    /// Only the computer with this id.
    pub id: Option<i64>,
    /// Only computers with this status (`Active` or `Deactivated`), in any case.
    pub status: Option<crashplan_api::types::Status>,
    /// Only computers with exactly this name.
    pub name: Option<String>,
    /// Only the computer with this GUID.
    pub guid: Option<i64>,
    /// Only computers that belong to the user with this id.
    pub user_id: Option<i64>,
}
/// The filters of `GET /rest/computers` (`listComputers`).
impl List<ListComputersFilters> {
    /// Only the computer with this id.
    ///
    /// Sends `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.filters.id = Some(value);
        self
    }
    /// Only computers with this status (`Active` or `Deactivated`), in any case.
    ///
    /// Sends `status`.
    pub fn status(mut self, value: impl Into<crashplan_api::types::Status>) -> Self {
        self.filters.status = Some(value.into());
        self
    }
    /// Only computers with exactly this name.
    ///
    /// Sends `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.filters.name = Some(value.into());
        self
    }
    /// Only the computer with this GUID.
    ///
    /// Sends `guid`.
    pub fn guid(mut self, value: i64) -> Self {
        self.filters.guid = Some(value);
        self
    }
    /// Only computers that belong to the user with this id.
    ///
    /// Sends `userId`.
    pub fn user_id(mut self, value: i64) -> Self {
        self.filters.user_id = Some(value);
        self
    }
}
impl crate::sealed::Sealed for ListComputersFilters {}
impl ListQuery for ListComputersFilters {
    type Item = crashplan_api::types::Computer;
    const OPERATION_ID: &'static str = "listComputers";
    const PATH: &'static str = "/rest/computers";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::Computer>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/computers");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::ComputerList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_computers();
                        if let Some(value) = &filters.id {
                            builder = builder.id(*value);
                        }
                        if let Some(value) = &filters.status {
                            builder = builder.status(value.clone());
                        }
                        if let Some(value) = &filters.name {
                            builder = builder.name(value.clone());
                        }
                        if let Some(value) = &filters.guid {
                            builder = builder.guid(*value);
                        }
                        if let Some(value) = &filters.user_id {
                            builder = builder.user_id(*value);
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.computers, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "id" => self.id = Some(parse_filter(param, value)?),
            "status" => self.status = Some(parse_filter(param, value)?),
            "name" => self.name = Some(parse_filter(param, value)?),
            "guid" => self.guid = Some(parse_filter(param, value)?),
            "userId" => self.user_id = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "computers";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.id {
            builder = builder.query(&[("id", value)]);
        }
        if let Some(value) = &self.status {
            builder = builder.query(&[("status", value)]);
        }
        if let Some(value) = &self.name {
            builder = builder.query(&[("name", value)]);
        }
        if let Some(value) = &self.guid {
            builder = builder.query(&[("guid", value)]);
        }
        if let Some(value) = &self.user_id {
            builder = builder.query(&[("userId", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// A computer's backup target (usage).
///
/// From [`Client::usages`](crate::Client::usages); cheap to clone.
///
/// * [`list`](Usages::list): List backup usages (source computer to backup target).
#[derive(Debug, Clone)]
pub struct Usages {
    pub(crate) client: Client,
}
impl Usages {
    /// List backup usages (source computer to backup target). `GET /rest/usages` (`listUsages`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists the backup targets (usages) of computers. If you monitor the backups of many
    /// computers on a regular basis this resource is much more efficient than Computer and
    /// ComputerUsage. There is no detail view.
    pub fn list(&self) -> List<ListUsagesFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listUsages` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListUsagesFilters>> {
        self.list().find(query)
    }
}
/// The filters of `GET /rest/usages` (`listUsages`): List backup usages (source computer to backup target).
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsagesFilters {
    /// Only usages of computers whose user belongs to the org with this id.
    pub org_id: Option<i64>,
    /// Only usages of computers that belong to the user with this id.
    pub user_id: Option<i64>,
}
/// The filters of `GET /rest/usages` (`listUsages`).
impl List<ListUsagesFilters> {
    /// Only usages of computers whose user belongs to the org with this id.
    ///
    /// Sends `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.filters.org_id = Some(value);
        self
    }
    /// Only usages of computers that belong to the user with this id.
    ///
    /// Sends `userId`.
    pub fn user_id(mut self, value: i64) -> Self {
        self.filters.user_id = Some(value);
        self
    }
}
impl crate::sealed::Sealed for ListUsagesFilters {}
impl ListQuery for ListUsagesFilters {
    type Item = crashplan_api::types::Usage;
    const OPERATION_ID: &'static str = "listUsages";
    const PATH: &'static str = "/rest/usages";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::Usage>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/usages");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::UsageList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_usages();
                        if let Some(value) = &filters.org_id {
                            builder = builder.org_id(*value);
                        }
                        if let Some(value) = &filters.user_id {
                            builder = builder.user_id(*value);
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.usages, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "orgId" => self.org_id = Some(parse_filter(param, value)?),
            "userId" => self.user_id = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "usages";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.org_id {
            builder = builder.query(&[("orgId", value)]);
        }
        if let Some(value) = &self.user_id {
            builder = builder.query(&[("userId", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// Statistics about the interaction between a pair of computers.
///
/// From [`Client::computer_usage`](crate::Client::computer_usage); cheap to clone.
///
/// * [`list`](ComputerUsageHandle::list): List computer usage records.
#[derive(Debug, Clone)]
pub struct ComputerUsageHandle {
    pub(crate) client: Client,
}
impl ComputerUsageHandle {
    /// List computer usage records. `GET /rest/computerUsage` (`listComputerUsages`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists records of computer usage: statistics about the interaction between a source
    /// computer and a target computer. There is no detail view and no create action.
    pub fn list(&self) -> List<ListComputerUsagesFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listComputerUsages` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(
        &self,
        query: &str,
    ) -> crate::Result<crate::Find<ListComputerUsagesFilters>> {
        self.list().find(query)
    }
}
/// The filters of `GET /rest/computerUsage` (`listComputerUsages`): List computer usage records.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListComputerUsagesFilters {
    /// Only records whose source computer has this id.
    pub source_id: Option<i64>,
    /// Only records whose source computer has this GUID.
    pub source_guid: Option<i64>,
    /// Only records whose target computer has this id.
    pub target_id: Option<i64>,
    /// Only records whose target computer has this GUID.
    pub target_guid: Option<i64>,
}
/// The filters of `GET /rest/computerUsage` (`listComputerUsages`).
impl List<ListComputerUsagesFilters> {
    /// Only records whose source computer has this id.
    ///
    /// Sends `sourceId`.
    pub fn source_id(mut self, value: i64) -> Self {
        self.filters.source_id = Some(value);
        self
    }
    /// Only records whose source computer has this GUID.
    ///
    /// Sends `sourceGuid`.
    pub fn source_guid(mut self, value: i64) -> Self {
        self.filters.source_guid = Some(value);
        self
    }
    /// Only records whose target computer has this id.
    ///
    /// Sends `targetId`.
    pub fn target_id(mut self, value: i64) -> Self {
        self.filters.target_id = Some(value);
        self
    }
    /// Only records whose target computer has this GUID.
    ///
    /// Sends `targetGuid`.
    pub fn target_guid(mut self, value: i64) -> Self {
        self.filters.target_guid = Some(value);
        self
    }
}
impl crate::sealed::Sealed for ListComputerUsagesFilters {}
impl ListQuery for ListComputerUsagesFilters {
    type Item = crashplan_api::types::ComputerUsage;
    const OPERATION_ID: &'static str = "listComputerUsages";
    const PATH: &'static str = "/rest/computerUsage";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::ComputerUsage>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/computerUsage");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::ComputerUsageList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_computer_usages();
                        if let Some(value) = &filters.source_id {
                            builder = builder.source_id(*value);
                        }
                        if let Some(value) = &filters.source_guid {
                            builder = builder.source_guid(*value);
                        }
                        if let Some(value) = &filters.target_id {
                            builder = builder.target_id(*value);
                        }
                        if let Some(value) = &filters.target_guid {
                            builder = builder.target_guid(*value);
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.computer_usages, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "sourceId" => self.source_id = Some(parse_filter(param, value)?),
            "sourceGuid" => self.source_guid = Some(parse_filter(param, value)?),
            "targetId" => self.target_id = Some(parse_filter(param, value)?),
            "targetGuid" => self.target_guid = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "computerUsages";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.source_id {
            builder = builder.query(&[("sourceId", value)]);
        }
        if let Some(value) = &self.source_guid {
            builder = builder.query(&[("sourceGuid", value)]);
        }
        if let Some(value) = &self.target_id {
            builder = builder.query(&[("targetId", value)]);
        }
        if let Some(value) = &self.target_guid {
            builder = builder.query(&[("targetGuid", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// Locations where CrashPlan PRO stores backups (administrators only).
///
/// From [`Client::mount_points`](crate::Client::mount_points); cheap to clone.
///
/// * [`list`](MountPoints::list): List all mount points (administrators only).
/// * [`get`](MountPoints::get): Retrieve a mount point (administrators only).
#[derive(Debug, Clone)]
pub struct MountPoints {
    pub(crate) client: Client,
}
impl MountPoints {
    /// List all mount points (administrators only). `GET /rest/mountPoints` (`listMountPoints`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists the locations where CrashPlan PRO stores backups or other information. Only
    /// administrators can access mount point information; other users get 403. The reference
    /// does not list paging parameters for mount points; servers that ignore them return every
    /// mount point.
    pub fn list(&self) -> List<ListMountPointsFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listMountPoints` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(
        &self,
        query: &str,
    ) -> crate::Result<crate::Find<ListMountPointsFilters>> {
        self.list().find(query)
    }
    /// Retrieve a mount point (administrators only). `GET /rest/mountPoints/{id}` (`getMountPoint`).
    ///
    /// Retrieves the detail view of one mount point: the list view plus its capacity. Only
    /// administrators can access mount point information; other users get 403.
    pub fn get(&self, id: i64) -> Call<crashplan_api::types::MountPointDetail> {
        let request = RequestInfo::new(Method::GET, format!("/rest/mountPoints/{id}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    client.api().get_mount_point().id(id).send().await
                })
            },
        )
    }
}
/// The filters of `GET /rest/mountPoints` (`listMountPoints`): List all mount points (administrators only).
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMountPointsFilters {
    /// Only the mount point with this id.
    pub id: Option<i64>,
    /// Only mount points with exactly this name.
    pub name: Option<String>,
    /// Only mount points with this status (`ENABLED` or `DISABLED`), in any case.
    pub status: Option<crashplan_api::types::MountPointStatus>,
    /// Only mount points of this type (`DIR`).
    pub type_: Option<String>,
    /// Only mount points with this volume label.
    pub volume_label: Option<String>,
    /// Only mount points with exactly this note.
    pub note: Option<String>,
}
/// The filters of `GET /rest/mountPoints` (`listMountPoints`).
impl List<ListMountPointsFilters> {
    /// Only the mount point with this id.
    ///
    /// Sends `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.filters.id = Some(value);
        self
    }
    /// Only mount points with exactly this name.
    ///
    /// Sends `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.filters.name = Some(value.into());
        self
    }
    /// Only mount points with this status (`ENABLED` or `DISABLED`), in any case.
    ///
    /// Sends `status`.
    pub fn status(
        mut self,
        value: impl Into<crashplan_api::types::MountPointStatus>,
    ) -> Self {
        self.filters.status = Some(value.into());
        self
    }
    /// Only mount points of this type (`DIR`).
    ///
    /// Sends `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.filters.type_ = Some(value.into());
        self
    }
    /// Only mount points with this volume label.
    ///
    /// Sends `volumeLabel`.
    pub fn volume_label(mut self, value: impl Into<String>) -> Self {
        self.filters.volume_label = Some(value.into());
        self
    }
    /// Only mount points with exactly this note.
    ///
    /// Sends `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.filters.note = Some(value.into());
        self
    }
}
impl crate::sealed::Sealed for ListMountPointsFilters {}
impl ListQuery for ListMountPointsFilters {
    type Item = crashplan_api::types::MountPoint;
    const OPERATION_ID: &'static str = "listMountPoints";
    const PATH: &'static str = "/rest/mountPoints";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::MountPoint>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/mountPoints");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::MountPointList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_mount_points();
                        if let Some(value) = &filters.id {
                            builder = builder.id(*value);
                        }
                        if let Some(value) = &filters.name {
                            builder = builder.name(value.clone());
                        }
                        if let Some(value) = &filters.status {
                            builder = builder.status(value.clone());
                        }
                        if let Some(value) = &filters.type_ {
                            builder = builder.type_(value.clone());
                        }
                        if let Some(value) = &filters.volume_label {
                            builder = builder.volume_label(value.clone());
                        }
                        if let Some(value) = &filters.note {
                            builder = builder.note(value.clone());
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.mount_points, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "id" => self.id = Some(parse_filter(param, value)?),
            "name" => self.name = Some(parse_filter(param, value)?),
            "status" => self.status = Some(parse_filter(param, value)?),
            "type" => self.type_ = Some(parse_filter(param, value)?),
            "volumeLabel" => self.volume_label = Some(parse_filter(param, value)?),
            "note" => self.note = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "mountPoints";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.id {
            builder = builder.query(&[("id", value)]);
        }
        if let Some(value) = &self.name {
            builder = builder.query(&[("name", value)]);
        }
        if let Some(value) = &self.status {
            builder = builder.query(&[("status", value)]);
        }
        if let Some(value) = &self.type_ {
            builder = builder.query(&[("type", value)]);
        }
        if let Some(value) = &self.volume_label {
            builder = builder.query(&[("volumeLabel", value)]);
        }
        if let Some(value) = &self.note {
            builder = builder.query(&[("note", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// Real-time statistics about the server (administrators only).
///
/// From [`Client::server_stats`](crate::Client::server_stats); cheap to clone.
///
/// * [`get`](ServerStatsHandle::get): Retrieve server statistics (administrators only).
#[derive(Debug, Clone)]
pub struct ServerStatsHandle {
    pub(crate) client: Client,
}
impl ServerStatsHandle {
    /// Retrieve server statistics (administrators only). `GET /rest/serverStats` (`getServerStats`).
    ///
    /// Real-time statistics about what is happening inside the server. Only administrators can
    /// access this resource; other users get 403.
    pub fn get(&self) -> Call<crashplan_api::types::ServerStats> {
        let request = RequestInfo::new(Method::GET, "/rest/serverStats");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move { client.api().get_server_stats().send().await })
            },
        )
    }
}
/// Daily historical records of archive statistics.
///
/// From [`Client::archive_records`](crate::Client::archive_records); cheap to clone.
///
/// * [`list`](ArchiveRecords::list): List daily archive records.
#[derive(Debug, Clone)]
pub struct ArchiveRecords {
    pub(crate) client: Client,
}
impl ArchiveRecords {
    /// List daily archive records. `GET /rest/archiveRecords` (`listArchiveRecords`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists daily historical records of archive statistics, newest first. Records for users
    /// and orgs are summaries of all the computers in that user or org. There is no detail view
    /// and no create action.
    pub fn list(&self) -> List<ListArchiveRecordsFilters> {
        List::new(self.client.clone())
    }
    /// The items of `listArchiveRecords` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(
        &self,
        query: &str,
    ) -> crate::Result<crate::Find<ListArchiveRecordsFilters>> {
        self.list().find(query)
    }
}
/// The filters of `GET /rest/archiveRecords` (`listArchiveRecords`): List daily archive records.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListArchiveRecordsFilters {
    /// Only records that summarise the user with this id.
    pub user_id: Option<i64>,
    /// Only records that summarise the org with this id.
    pub org_id: Option<i64>,
    /// Only records of the source computer with this id.
    pub source_id: Option<i64>,
    /// Only records of the source computer with this GUID.
    pub source_guid: Option<i64>,
    /// Only records of the target computer with this id.
    pub target_id: Option<i64>,
    /// Only records of the target computer with this GUID.
    pub target_guid: Option<i64>,
    /// Only the records of the most recent `daysBack` days that have records.
    pub days_back: Option<i64>,
}
/// The filters of `GET /rest/archiveRecords` (`listArchiveRecords`).
impl List<ListArchiveRecordsFilters> {
    /// Only records that summarise the user with this id.
    ///
    /// Sends `userId`.
    pub fn user_id(mut self, value: i64) -> Self {
        self.filters.user_id = Some(value);
        self
    }
    /// Only records that summarise the org with this id.
    ///
    /// Sends `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.filters.org_id = Some(value);
        self
    }
    /// Only records of the source computer with this id.
    ///
    /// Sends `sourceId`.
    pub fn source_id(mut self, value: i64) -> Self {
        self.filters.source_id = Some(value);
        self
    }
    /// Only records of the source computer with this GUID.
    ///
    /// Sends `sourceGuid`.
    pub fn source_guid(mut self, value: i64) -> Self {
        self.filters.source_guid = Some(value);
        self
    }
    /// Only records of the target computer with this id.
    ///
    /// Sends `targetId`.
    pub fn target_id(mut self, value: i64) -> Self {
        self.filters.target_id = Some(value);
        self
    }
    /// Only records of the target computer with this GUID.
    ///
    /// Sends `targetGuid`.
    pub fn target_guid(mut self, value: i64) -> Self {
        self.filters.target_guid = Some(value);
        self
    }
    /// Only the records of the most recent `daysBack` days that have records.
    ///
    /// Sends `daysBack`.
    pub fn days_back(mut self, value: i64) -> Self {
        self.filters.days_back = Some(value);
        self
    }
}
impl crate::sealed::Sealed for ListArchiveRecordsFilters {}
impl ListQuery for ListArchiveRecordsFilters {
    type Item = crashplan_api::types::ArchiveRecord;
    const OPERATION_ID: &'static str = "listArchiveRecords";
    const PATH: &'static str = "/rest/archiveRecords";
    const STYLES: &'static [PagingStyle] = &[
        PagingStyle::OffsetLimit,
        PagingStyle::PageNumber,
    ];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::ArchiveRecord>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/rest/archiveRecords");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::ArchiveRecordList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_archive_records();
                        if let Some(value) = &filters.user_id {
                            builder = builder.user_id(*value);
                        }
                        if let Some(value) = &filters.org_id {
                            builder = builder.org_id(*value);
                        }
                        if let Some(value) = &filters.source_id {
                            builder = builder.source_id(*value);
                        }
                        if let Some(value) = &filters.source_guid {
                            builder = builder.source_guid(*value);
                        }
                        if let Some(value) = &filters.target_id {
                            builder = builder.target_id(*value);
                        }
                        if let Some(value) = &filters.target_guid {
                            builder = builder.target_guid(*value);
                        }
                        if let Some(value) = &filters.days_back {
                            builder = builder.days_back(*value);
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { offset, limit } => {
                                builder.offset(offset).limit(limit)
                            }
                            PageRequest::PageNumber { page, page_size } => {
                                builder.page(page).page_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .metadata
                .count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.archive_records, Some(answer.metadata), total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "userId" => self.user_id = Some(parse_filter(param, value)?),
            "orgId" => self.org_id = Some(parse_filter(param, value)?),
            "sourceId" => self.source_id = Some(parse_filter(param, value)?),
            "sourceGuid" => self.source_guid = Some(parse_filter(param, value)?),
            "targetId" => self.target_id = Some(parse_filter(param, value)?),
            "targetGuid" => self.target_guid = Some(parse_filter(param, value)?),
            "daysBack" => self.days_back = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "archiveRecords";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.user_id {
            builder = builder.query(&[("userId", value)]);
        }
        if let Some(value) = &self.org_id {
            builder = builder.query(&[("orgId", value)]);
        }
        if let Some(value) = &self.source_id {
            builder = builder.query(&[("sourceId", value)]);
        }
        if let Some(value) = &self.source_guid {
            builder = builder.query(&[("sourceGuid", value)]);
        }
        if let Some(value) = &self.target_id {
            builder = builder.query(&[("targetId", value)]);
        }
        if let Some(value) = &self.target_guid {
            builder = builder.query(&[("targetGuid", value)]);
        }
        if let Some(value) = &self.days_back {
            builder = builder.query(&[("daysBack", value)]);
        }
        match page {
            PageRequest::OffsetLimit { offset, limit } => {
                builder.query(&[("offset", offset), ("limit", limit)])
            }
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("page", page), ("pageSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// The optional query parameters of `GET /api/v1/User/{userId}` (`getUserV1`): Retrieve a user by id or uid. Set them with the setters of its `Call`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserV1Query {
    /// `uid` when the path names the user by its uid; absent for a numeric id.
    pub id_type: Option<String>,
    /// `true`: the user carries its `roles`.
    pub inc_roles: Option<bool>,
}
/// The optional query parameters of `GET /api/v1/User/{userId}` (`getUserV1`).
impl Call<crashplan_api::types::V1User, GetUserV1Query> {
    /// `uid` when the path names the user by its uid; absent for a numeric id.
    ///
    /// Sends `idType`.
    pub fn id_type(mut self, value: impl Into<String>) -> Self {
        self.query.id_type = Some(value.into());
        self
    }
    /// `true`: the user carries its `roles`.
    ///
    /// Sends `incRoles`.
    pub fn inc_roles(mut self, value: bool) -> Self {
        self.query.inc_roles = Some(value);
        self
    }
}
/// The optional query parameters of `PUT /api/v1/User/{userId}` (`updateUserV1`): Update a user. Set them with the setters of its `Call`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateUserV1Query {
    /// `uid` when the path names the user by its uid; absent for a numeric id.
    pub id_type: Option<String>,
}
/// The optional query parameters of `PUT /api/v1/User/{userId}` (`updateUserV1`).
impl Call<(), UpdateUserV1Query> {
    /// `uid` when the path names the user by its uid; absent for a numeric id.
    ///
    /// Sends `idType`.
    pub fn id_type(mut self, value: impl Into<String>) -> Self {
        self.query.id_type = Some(value.into());
        self
    }
}
/// A user is a distinct entity which uses the CrashPlan PRO Server for backups.
///
/// From [`Today::users`](Today::users); cheap to clone.
///
/// * [`current`](TodayUsers::current): Retrieve the signed-in user.
/// * [`list`](TodayUsers::list): List users.
/// * [`create`](TodayUsers::create): Create a user.
/// * [`get`](TodayUsers::get): Retrieve a user by id or uid.
/// * [`update`](TodayUsers::update): Update a user.
/// * [`block`](TodayUsers::block): Block a user.
/// * [`unblock`](TodayUsers::unblock): Unblock a user.
/// * [`deactivate`](TodayUsers::deactivate): Deactivate a user.
/// * [`reactivate`](TodayUsers::reactivate): Reactivate a user.
/// * [`move_`](TodayUsers::move_): Move a user to another org.
/// * [`roles`](TodayUsers::roles): The roles of a user.
/// * [`set_roles`](TodayUsers::set_roles): Replace the roles of a user.
/// * [`all_roles`](TodayUsers::all_roles): Every role of the tenant.
#[derive(Debug, Clone)]
pub struct TodayUsers {
    pub(crate) client: Client,
}
impl TodayUsers {
    /// Retrieve the signed-in user. `GET /api/v1/User/my` (`getCurrentUserV1`).
    ///
    /// The user the token belongs to (pycpg calls it right after login to check the
    /// credentials). API clients are not users: the answer for an API client token is not shown
    /// by the evidence.
    ///
    /// Answers the `data` of the server's envelope.
    pub fn current(&self) -> Call<crashplan_api::types::V1User> {
        let request = RequestInfo::new(Method::GET, "/api/v1/User/my");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    unwrap_data(
                        client.api().get_current_user_v1().send().await,
                        |envelope| envelope.data,
                    )
                })
            },
        )
    }
    /// List users. `GET /api/v1/User` (`listUsersV1`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists the users of the tenant, constrained by the optional filters, a page at a time
    /// (`pgNum`, `pgSize`). `data.totalCount` is a hint: the list ends at the first short page.
    pub fn list(&self) -> List<ListUsersV1Filters> {
        List::new(self.client.clone())
    }
    /// The items of `listUsersV1` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListUsersV1Filters>> {
        self.list().find(query)
    }
    /// Create a user. `POST /api/v1/User` (`createUserV1`).
    ///
    /// Creates a user in an org. A username already taken answers 500 naming `USER_DUPLICATE`;
    /// other refusals name `USERNAME_NOT_AN_EMAIL`, `EMAIL_INVALID`, `NEW_PASSWORD_INVALID` or
    /// `INVALID_USERNAME` (see `TodayError`).
    ///
    /// Answers the `data` of the server's envelope.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn create(
        &self,
        body: crashplan_api::types::V1UserCreate,
    ) -> Call<crashplan_api::types::V1User> {
        let request = RequestInfo::new(Method::POST, "/api/v1/User");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    unwrap_data(
                        client.api().create_user_v1().body(body).send().await,
                        |envelope| envelope.data,
                    )
                })
            },
        )
    }
    /// Retrieve a user by id or uid. `GET /api/v1/User/{userId}` (`getUserV1`).
    ///
    /// Retrieves one user, named by its numeric id or (with `idType=uid`) its uid.
    ///
    /// Optional query parameters: [`id_type`](Call::id_type), [`inc_roles`](Call::inc_roles).
    ///
    /// Answers the `data` of the server's envelope.
    pub fn get(
        &self,
        user_id: impl Into<String>,
    ) -> Call<crashplan_api::types::V1User, GetUserV1Query> {
        let user_id: String = user_id.into();
        let request = RequestInfo::new(Method::GET, format!("/api/v1/User/{user_id}"));
        Call::with_query(
            self.client.clone(),
            request,
            GetUserV1Query::default(),
            move |client: Client, query: GetUserV1Query| {
                let user_id = user_id.clone();
                Box::pin(async move {
                    let mut builder = client.api().get_user_v1().user_id(user_id);
                    if let Some(value) = query.id_type {
                        builder = builder.id_type(value);
                    }
                    if let Some(value) = query.inc_roles {
                        builder = builder.inc_roles(value);
                    }
                    unwrap_data(builder.send().await, |envelope| envelope.data)
                })
            },
        )
    }
    /// Update a user. `PUT /api/v1/User/{userId}` (`updateUserV1`).
    ///
    /// Changes the given properties of a user (pycpg names it by uid, `idType=uid`). Refusals
    /// answer 500 naming `USERNAME_NOT_AN_EMAIL`, `EMAIL_INVALID`, `NEW_PASSWORD_INVALID` or
    /// `INVALID_USERNAME`. The answer's body is not shown by the evidence: it is not read.
    ///
    /// Optional query parameters: [`id_type`](Call::id_type).
    pub fn update(
        &self,
        user_id: impl Into<String>,
        body: crashplan_api::types::V1UserUpdate,
    ) -> Call<(), UpdateUserV1Query> {
        let user_id: String = user_id.into();
        let request = RequestInfo::new(Method::PUT, format!("/api/v1/User/{user_id}"));
        Call::with_query(
            self.client.clone(),
            request,
            UpdateUserV1Query::default(),
            move |client: Client, query: UpdateUserV1Query| {
                let user_id = user_id.clone();
                let body = body.clone();
                Box::pin(async move {
                    let mut builder = client
                        .api()
                        .update_user_v1()
                        .user_id(user_id)
                        .body(body);
                    if let Some(value) = query.id_type {
                        builder = builder.id_type(value);
                    }
                    builder.send().await
                })
            },
        )
    }
    /// Block a user. `POST /api/v3/users/{userUid}/block` (`blockUserV3`).
    ///
    /// A blocked user cannot log in or restore; its devices keep backing up.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn block(&self, user_uid: impl Into<String>) -> Call<()> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/users/{user_uid}/block"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                Box::pin(async move {
                    client.api().block_user_v3().user_uid(user_uid).send().await
                })
            },
        )
    }
    /// Unblock a user. `POST /api/v3/users/{userUid}/unblock` (`unblockUserV3`).
    ///
    /// Lets a blocked user log in again.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn unblock(&self, user_uid: impl Into<String>) -> Call<()> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/users/{user_uid}/unblock"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                Box::pin(async move {
                    client.api().unblock_user_v3().user_uid(user_uid).send().await
                })
            },
        )
    }
    /// Deactivate a user. `POST /api/v3/users/{userUid}/deactivate` (`deactivateUserV3`).
    ///
    /// Deactivates a user and its devices, optionally blocking it too. A user in a legal hold
    /// answers 400 naming `ACTIVE_LEGAL_HOLD`.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn deactivate(
        &self,
        user_uid: impl Into<String>,
        body: crashplan_api::types::V3UserDeactivate,
    ) -> Call<()> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/users/{user_uid}/deactivate"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                let body = body.clone();
                Box::pin(async move {
                    client
                        .api()
                        .deactivate_user_v3()
                        .user_uid(user_uid)
                        .body(body)
                        .send()
                        .await
                })
            },
        )
    }
    /// Reactivate a user. `POST /api/v3/users/{userUid}/activate` (`activateUserV3`).
    ///
    /// Reactivates a deactivated user, optionally unblocking it too.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn reactivate(
        &self,
        user_uid: impl Into<String>,
        body: crashplan_api::types::V3UserActivate,
    ) -> Call<()> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/users/{user_uid}/activate"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                let body = body.clone();
                Box::pin(async move {
                    client
                        .api()
                        .activate_user_v3()
                        .user_uid(user_uid)
                        .body(body)
                        .send()
                        .await
                })
            },
        )
    }
    /// Move a user to another org. `POST /api/v3/users/{userUid}/move` (`moveUserV3`).
    ///
    /// Moves a user (and its devices) to the org with the given numeric id.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn move_(
        &self,
        user_uid: impl Into<String>,
        body: crashplan_api::types::V3UserMove,
    ) -> Call<()> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/users/{user_uid}/move"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                let body = body.clone();
                Box::pin(async move {
                    client
                        .api()
                        .move_user_v3()
                        .user_uid(user_uid)
                        .body(body)
                        .send()
                        .await
                })
            },
        )
    }
    /// The roles of a user. `GET /api/v3/users/{userUid}/roles` (`getUserRolesV3`).
    ///
    /// Every role the user has.
    ///
    /// Answers the `data` of the server's envelope.
    pub fn roles(
        &self,
        user_uid: impl Into<String>,
    ) -> Call<Vec<crashplan_api::types::Role>> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::GET,
            format!("/api/v3/users/{user_uid}/roles"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                Box::pin(async move {
                    unwrap_data(
                        client.api().get_user_roles_v3().user_uid(user_uid).send().await,
                        |envelope| envelope.data,
                    )
                })
            },
        )
    }
    /// Replace the roles of a user. `PUT /api/v3/users/{userUid}/roles` (`setUserRolesV3`).
    ///
    /// Gives the user exactly the roles listed (the whole new list, not a change).
    pub fn set_roles(
        &self,
        user_uid: impl Into<String>,
        body: crashplan_api::types::UserRolesUpdate,
    ) -> Call<()> {
        let user_uid: String = user_uid.into();
        let request = RequestInfo::new(
            Method::PUT,
            format!("/api/v3/users/{user_uid}/roles"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let user_uid = user_uid.clone();
                let body = body.clone();
                Box::pin(async move {
                    client
                        .api()
                        .set_user_roles_v3()
                        .user_uid(user_uid)
                        .body(body)
                        .send()
                        .await
                })
            },
        )
    }
    /// Every role of the tenant. `GET /api/v1/role` (`listRolesV1`).
    ///
    /// The roles a user can be given (`roleId`, `roleName`); not paged.
    ///
    /// Answers the `data` of the server's envelope.
    pub fn all_roles(&self) -> Call<Vec<crashplan_api::types::Role>> {
        let request = RequestInfo::new(Method::GET, "/api/v1/role");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    unwrap_data(
                        client.api().list_roles_v1().send().await,
                        |envelope| envelope.data,
                    )
                })
            },
        )
    }
}
/// The filters of `GET /api/v1/User` (`listUsersV1`): List users.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsersV1Filters {
    /// `true`: active users only; `false`: deactivated users only.
    pub active: Option<bool>,
    /// Only users with this email address.
    pub email: Option<String>,
    /// Only users of the org with this uid.
    pub org_uid: Option<String>,
    /// Only users with the role of this id (e.g. `desktop-user`; see `listRolesV1`). Not a
    /// property of a listed user: nothing evaluates it locally.
    pub role_id: Option<String>,
    /// Free text, searched across name, username and email (how the server matches it is not
    /// shown by the evidence).
    pub q: Option<String>,
    /// Only the user with this username.
    pub username: Option<String>,
    /// `true`: each user carries its `roles`.
    pub inc_roles: Option<bool>,
    /// The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
    /// not shown by the evidence.
    pub srt_key: Option<String>,
    /// Sort direction, `asc` or `desc`.
    pub srt_dir: Option<String>,
}
/// The filters of `GET /api/v1/User` (`listUsersV1`).
impl List<ListUsersV1Filters> {
    /// `true`: active users only; `false`: deactivated users only.
    ///
    /// Sends `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.filters.active = Some(value);
        self
    }
    /// Only users with this email address.
    ///
    /// Sends `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.filters.email = Some(value.into());
        self
    }
    /// Only users of the org with this uid.
    ///
    /// Sends `orgUid`.
    pub fn org_uid(mut self, value: impl Into<String>) -> Self {
        self.filters.org_uid = Some(value.into());
        self
    }
    /// Only users with the role of this id (e.g. `desktop-user`; see `listRolesV1`). Not a
    /// property of a listed user: nothing evaluates it locally.
    ///
    /// Sends `roleId`.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.filters.role_id = Some(value.into());
        self
    }
    /// Free text, searched across name, username and email (how the server matches it is not
    /// shown by the evidence).
    ///
    /// Sends `q`.
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.filters.q = Some(value.into());
        self
    }
    /// Only the user with this username.
    ///
    /// Sends `username`.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.filters.username = Some(value.into());
        self
    }
    /// `true`: each user carries its `roles`.
    ///
    /// Sends `incRoles`.
    pub fn inc_roles(mut self, value: bool) -> Self {
        self.filters.inc_roles = Some(value);
        self
    }
    /// The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
    /// not shown by the evidence.
    ///
    /// Sends `srtKey`.
    pub fn srt_key(mut self, value: impl Into<String>) -> Self {
        self.filters.srt_key = Some(value.into());
        self
    }
    /// Sort direction, `asc` or `desc`.
    ///
    /// Sends `srtDir`.
    pub fn srt_dir(mut self, value: impl Into<String>) -> Self {
        self.filters.srt_dir = Some(value.into());
        self
    }
}
impl crate::sealed::Sealed for ListUsersV1Filters {}
impl ListQuery for ListUsersV1Filters {
    type Item = crashplan_api::types::V1User;
    const OPERATION_ID: &'static str = "listUsersV1";
    const PATH: &'static str = "/api/v1/User";
    const STYLES: &'static [PagingStyle] = &[PagingStyle::PageNumber];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::V1User>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/api/v1/User");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::V1UserList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_users_v1();
                        if let Some(value) = &filters.active {
                            builder = builder.active(*value);
                        }
                        if let Some(value) = &filters.email {
                            builder = builder.email(value.clone());
                        }
                        if let Some(value) = &filters.org_uid {
                            builder = builder.org_uid(value.clone());
                        }
                        if let Some(value) = &filters.role_id {
                            builder = builder.role_id(value.clone());
                        }
                        if let Some(value) = &filters.q {
                            builder = builder.q(value.clone());
                        }
                        if let Some(value) = &filters.username {
                            builder = builder.username(value.clone());
                        }
                        if let Some(value) = &filters.inc_roles {
                            builder = builder.inc_roles(*value);
                        }
                        if let Some(value) = &filters.srt_key {
                            builder = builder.srt_key(value.clone());
                        }
                        if let Some(value) = &filters.srt_dir {
                            builder = builder.srt_dir(value.clone());
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { .. } => builder,
                            PageRequest::PageNumber { page, page_size } => {
                                builder.pg_num(page).pg_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .data
                .total_count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.data.users, answer.metadata, total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "active" => self.active = Some(parse_filter(param, value)?),
            "email" => self.email = Some(parse_filter(param, value)?),
            "orgUid" => self.org_uid = Some(parse_filter(param, value)?),
            "roleId" => self.role_id = Some(parse_filter(param, value)?),
            "q" => self.q = Some(parse_filter(param, value)?),
            "username" => self.username = Some(parse_filter(param, value)?),
            "incRoles" => self.inc_roles = Some(parse_filter(param, value)?),
            "srtKey" => self.srt_key = Some(parse_filter(param, value)?),
            "srtDir" => self.srt_dir = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "users";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.active {
            builder = builder.query(&[("active", value)]);
        }
        if let Some(value) = &self.email {
            builder = builder.query(&[("email", value)]);
        }
        if let Some(value) = &self.org_uid {
            builder = builder.query(&[("orgUid", value)]);
        }
        if let Some(value) = &self.role_id {
            builder = builder.query(&[("roleId", value)]);
        }
        if let Some(value) = &self.q {
            builder = builder.query(&[("q", value)]);
        }
        if let Some(value) = &self.username {
            builder = builder.query(&[("username", value)]);
        }
        if let Some(value) = &self.inc_roles {
            builder = builder.query(&[("incRoles", value)]);
        }
        if let Some(value) = &self.srt_key {
            builder = builder.query(&[("srtKey", value)]);
        }
        if let Some(value) = &self.srt_dir {
            builder = builder.query(&[("srtDir", value)]);
        }
        match page {
            PageRequest::OffsetLimit { .. } => builder,
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("pgNum", page), ("pgSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// How an account of today's CrashPlan logs in.
///
/// From [`Today::login`](Today::login); cheap to clone.
///
/// * [`configuration`](TodayLogin::configuration): How an account logs in.
#[derive(Debug, Clone)]
pub struct TodayLogin {
    pub(crate) client: Client,
}
impl TodayLogin {
    /// How an account logs in. `GET /api/v3/LoginConfiguration` (`getLoginConfigurationV3`).
    ///
    /// Answers without authentication how the account named `username` logs in: `LOCAL`,
    /// `LOCAL_2FA` (a one-time password in `totp-auth`) or `CLOUD_SSO` (such accounts cannot
    /// use the API).
    pub fn configuration(
        &self,
        username: impl Into<String>,
    ) -> Call<crashplan_api::types::V3LoginConfiguration> {
        let username: String = username.into();
        let request = RequestInfo::new(Method::GET, "/api/v3/LoginConfiguration");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let username = username.clone();
                Box::pin(async move {
                    client
                        .api()
                        .get_login_configuration_v3()
                        .username(username)
                        .send()
                        .await
                })
            },
        )
    }
}
/// The tenant (customer) of today's CrashPlan that the signed-in account belongs to.
///
/// From [`Today::customer`](Today::customer); cheap to clone.
///
/// * [`get`](TodayCustomer::get): Retrieve the tenant.
#[derive(Debug, Clone)]
pub struct TodayCustomer {
    pub(crate) client: Client,
}
impl TodayCustomer {
    /// Retrieve the tenant. `GET /api/v3/customer/my` (`getCustomerV3`).
    ///
    /// The tenant (customer) the signed-in account belongs to.
    pub fn get(&self) -> Call<crashplan_api::types::V3Customer> {
        let request = RequestInfo::new(Method::GET, "/api/v3/customer/my");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move { client.api().get_customer_v3().send().await })
            },
        )
    }
}
/// The optional query parameters of `GET /api/v1/Computer/{computerId}` (`getDeviceV1`): Retrieve a device by id or GUID. Set them with the setters of its `Call`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeviceV1Query {
    /// `guid` when the path names the device by its GUID; absent for a numeric id.
    pub id_type: Option<String>,
    /// `true`: each device carries its `backupUsage`, one entry per destination.
    pub inc_backup_usage: Option<bool>,
    /// `true`: each device carries its `settings` (their shape is not shown by the evidence).
    pub inc_settings: Option<bool>,
}
/// The optional query parameters of `GET /api/v1/Computer/{computerId}` (`getDeviceV1`).
impl Call<crashplan_api::types::Device, GetDeviceV1Query> {
    /// `guid` when the path names the device by its GUID; absent for a numeric id.
    ///
    /// Sends `idType`.
    pub fn id_type(mut self, value: impl Into<String>) -> Self {
        self.query.id_type = Some(value.into());
        self
    }
    /// `true`: each device carries its `backupUsage`, one entry per destination.
    ///
    /// Sends `incBackupUsage`.
    pub fn inc_backup_usage(mut self, value: bool) -> Self {
        self.query.inc_backup_usage = Some(value);
        self
    }
    /// `true`: each device carries its `settings` (their shape is not shown by the evidence).
    ///
    /// Sends `incSettings`.
    pub fn inc_settings(mut self, value: bool) -> Self {
        self.query.inc_settings = Some(value);
        self
    }
}
/// A device (computer) of today's CrashPlan that backs up to one or more destinations.
///
/// From [`Today::devices`](Today::devices); cheap to clone.
///
/// * [`list`](TodayDevices::list): List devices.
/// * [`get`](TodayDevices::get): Retrieve a device by id or GUID.
/// * [`rename`](TodayDevices::rename): Update (rename) a device.
/// * [`block`](TodayDevices::block): Block a device.
/// * [`unblock`](TodayDevices::unblock): Unblock a device.
/// * [`deactivate`](TodayDevices::deactivate): Deactivate a device.
/// * [`reactivate`](TodayDevices::reactivate): Reactivate a device.
/// * [`deauthorize`](TodayDevices::deauthorize): Deauthorize a device.
#[derive(Debug, Clone)]
pub struct TodayDevices {
    pub(crate) client: Client,
}
impl TodayDevices {
    /// List devices. `GET /api/v1/Computer` (`listDevicesV1`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists the devices (computers) of the tenant, constrained by the optional filters, a page
    /// at a time (`pgNum`, `pgSize`). With `incBackupUsage=true` each device carries one
    /// `backupUsage` entry per destination: one listing answers backup questions for every
    /// device. `data.totalCount` is a hint: the list ends at the first short page.
    pub fn list(&self) -> List<ListDevicesV1Filters> {
        List::new(self.client.clone())
    }
    /// The items of `listDevicesV1` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListDevicesV1Filters>> {
        self.list().find(query)
    }
    /// Retrieve a device by id or GUID. `GET /api/v1/Computer/{computerId}` (`getDeviceV1`).
    ///
    /// Retrieves one device, named by its numeric id or (with `idType=guid`) its GUID.
    ///
    /// Optional query parameters: [`id_type`](Call::id_type), [`inc_backup_usage`](Call::inc_backup_usage), [`inc_settings`](Call::inc_settings).
    ///
    /// Answers the `data` of the server's envelope.
    pub fn get(
        &self,
        computer_id: impl Into<String>,
    ) -> Call<crashplan_api::types::Device, GetDeviceV1Query> {
        let computer_id: String = computer_id.into();
        let request = RequestInfo::new(
            Method::GET,
            format!("/api/v1/Computer/{computer_id}"),
        );
        Call::with_query(
            self.client.clone(),
            request,
            GetDeviceV1Query::default(),
            move |client: Client, query: GetDeviceV1Query| {
                let computer_id = computer_id.clone();
                Box::pin(async move {
                    let mut builder = client
                        .api()
                        .get_device_v1()
                        .computer_id(computer_id);
                    if let Some(value) = query.id_type {
                        builder = builder.id_type(value);
                    }
                    if let Some(value) = query.inc_backup_usage {
                        builder = builder.inc_backup_usage(value);
                    }
                    if let Some(value) = query.inc_settings {
                        builder = builder.inc_settings(value);
                    }
                    unwrap_data(builder.send().await, |envelope| envelope.data)
                })
            },
        )
    }
    /// Update (rename) a device. `PUT /api/v1/Computer/{computerId}` (`updateDeviceV1`).
    ///
    /// Changes the given properties of a device; crashplancli renames a device by sending the
    /// device it read (with `incSettings=true`) back with a new `name`. The path takes the
    /// numeric id. The answer's body is not shown by the evidence: it is not read.
    pub fn rename(
        &self,
        computer_id: impl Into<String>,
        body: crashplan_api::types::DeviceUpdate,
    ) -> Call<()> {
        let computer_id: String = computer_id.into();
        let request = RequestInfo::new(
            Method::PUT,
            format!("/api/v1/Computer/{computer_id}"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let computer_id = computer_id.clone();
                let body = body.clone();
                Box::pin(async move {
                    client
                        .api()
                        .update_device_v1()
                        .computer_id(computer_id)
                        .body(body)
                        .send()
                        .await
                })
            },
        )
    }
    /// Block a device. `PUT /api/v1/ComputerBlock/{computerId}` (`blockDeviceV1`).
    ///
    /// A blocked device stops backing up and cannot be restored from until unblocked.
    pub fn block(&self, computer_id: i64) -> Call<()> {
        let request = RequestInfo::new(
            Method::PUT,
            format!("/api/v1/ComputerBlock/{computer_id}"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    client.api().block_device_v1().computer_id(computer_id).send().await
                })
            },
        )
    }
    /// Unblock a device. `DELETE /api/v1/ComputerBlock/{computerId}` (`unblockDeviceV1`).
    ///
    /// Lets a blocked device back up again.
    pub fn unblock(&self, computer_id: i64) -> Call<()> {
        let request = RequestInfo::new(
            Method::DELETE,
            format!("/api/v1/ComputerBlock/{computer_id}"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    client
                        .api()
                        .unblock_device_v1()
                        .computer_id(computer_id)
                        .send()
                        .await
                })
            },
        )
    }
    /// Deactivate a device. `POST /api/v38/computer-deactivation/update` (`deactivateDeviceV38`).
    ///
    /// Deactivates the device with the given numeric id: it stops backing up and its archives
    /// are kept for the org's hold period. A device of a user in a legal hold answers 400 naming
    /// `ACTIVE_LEGAL_HOLD`.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn deactivate(
        &self,
        body: crashplan_api::types::DeviceDeactivation,
    ) -> Call<()> {
        let request = RequestInfo::new(
            Method::POST,
            "/api/v38/computer-deactivation/update",
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().deactivate_device_v38().body(body).send().await
                })
            },
        )
    }
    /// Reactivate a device. `POST /api/v38/computer-deactivation/remove` (`reactivateDeviceV38`).
    ///
    /// Reactivates the deactivated device with the given numeric id.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn reactivate(
        &self,
        body: crashplan_api::types::DeviceDeactivation,
    ) -> Call<()> {
        let request = RequestInfo::new(
            Method::POST,
            "/api/v38/computer-deactivation/remove",
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().reactivate_device_v38().body(body).send().await
                })
            },
        )
    }
    /// Deauthorize a device. `PUT /api/v1/ComputerDeauthorization/{computerId}` (`deauthorizeDeviceV1`).
    ///
    /// Signs the device out; it backs up again once a user signs in on it.
    pub fn deauthorize(&self, computer_id: i64) -> Call<()> {
        let request = RequestInfo::new(
            Method::PUT,
            format!("/api/v1/ComputerDeauthorization/{computer_id}"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    client
                        .api()
                        .deauthorize_device_v1()
                        .computer_id(computer_id)
                        .send()
                        .await
                })
            },
        )
    }
}
/// The filters of `GET /api/v1/Computer` (`listDevicesV1`): List devices.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDevicesV1Filters {
    /// `true`: active devices only; `false`: deactivated devices only.
    pub active: Option<bool>,
    /// `true`: blocked devices only; `false`: unblocked devices only.
    pub blocked: Option<bool>,
    /// Only devices of users in the org with this uid.
    pub org_uid: Option<String>,
    /// Only devices of the user with this uid.
    pub user_uid: Option<String>,
    /// Only devices backing up to the destination with this GUID (compared with
    /// `backupUsage[].targetComputerGuid` by the server; nothing evaluates it locally).
    pub target_computer_guid: Option<String>,
    /// Free text, searched across incomplete GUID, hostname and name (how the server
    /// matches it is not shown by the evidence).
    pub q: Option<String>,
    /// `true`: each device carries its `backupUsage`, one entry per destination.
    pub inc_backup_usage: Option<bool>,
    /// `true`: the answer carries total, warning and critical counts (their shape is not shown by the evidence).
    pub inc_counts: Option<bool>,
    /// `true`: each device carries its `settings` (their shape is not shown by the evidence).
    pub inc_settings: Option<bool>,
    /// The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
    /// not shown by the evidence.
    pub srt_key: Option<String>,
    /// Sort direction, `asc` or `desc`.
    pub srt_dir: Option<String>,
}
/// The filters of `GET /api/v1/Computer` (`listDevicesV1`).
impl List<ListDevicesV1Filters> {
    /// `true`: active devices only; `false`: deactivated devices only.
    ///
    /// Sends `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.filters.active = Some(value);
        self
    }
    /// `true`: blocked devices only; `false`: unblocked devices only.
    ///
    /// Sends `blocked`.
    pub fn blocked(mut self, value: bool) -> Self {
        self.filters.blocked = Some(value);
        self
    }
    /// Only devices of users in the org with this uid.
    ///
    /// Sends `orgUid`.
    pub fn org_uid(mut self, value: impl Into<String>) -> Self {
        self.filters.org_uid = Some(value.into());
        self
    }
    /// Only devices of the user with this uid.
    ///
    /// Sends `userUid`.
    pub fn user_uid(mut self, value: impl Into<String>) -> Self {
        self.filters.user_uid = Some(value.into());
        self
    }
    /// Only devices backing up to the destination with this GUID (compared with
    /// `backupUsage[].targetComputerGuid` by the server; nothing evaluates it locally).
    ///
    /// Sends `targetComputerGuid`.
    pub fn target_computer_guid(mut self, value: impl Into<String>) -> Self {
        self.filters.target_computer_guid = Some(value.into());
        self
    }
    /// Free text, searched across incomplete GUID, hostname and name (how the server
    /// matches it is not shown by the evidence).
    ///
    /// Sends `q`.
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.filters.q = Some(value.into());
        self
    }
    /// `true`: each device carries its `backupUsage`, one entry per destination.
    ///
    /// Sends `incBackupUsage`.
    pub fn inc_backup_usage(mut self, value: bool) -> Self {
        self.filters.inc_backup_usage = Some(value);
        self
    }
    /// `true`: the answer carries total, warning and critical counts (their shape is not shown by the evidence).
    ///
    /// Sends `incCounts`.
    pub fn inc_counts(mut self, value: bool) -> Self {
        self.filters.inc_counts = Some(value);
        self
    }
    /// `true`: each device carries its `settings` (their shape is not shown by the evidence).
    ///
    /// Sends `incSettings`.
    pub fn inc_settings(mut self, value: bool) -> Self {
        self.filters.inc_settings = Some(value);
        self
    }
    /// The property to sort by (e.g. `lastBackup` for devices); the keys a server accepts are
    /// not shown by the evidence.
    ///
    /// Sends `srtKey`.
    pub fn srt_key(mut self, value: impl Into<String>) -> Self {
        self.filters.srt_key = Some(value.into());
        self
    }
    /// Sort direction, `asc` or `desc`.
    ///
    /// Sends `srtDir`.
    pub fn srt_dir(mut self, value: impl Into<String>) -> Self {
        self.filters.srt_dir = Some(value.into());
        self
    }
}
impl crate::sealed::Sealed for ListDevicesV1Filters {}
impl ListQuery for ListDevicesV1Filters {
    type Item = crashplan_api::types::Device;
    const OPERATION_ID: &'static str = "listDevicesV1";
    const PATH: &'static str = "/api/v1/Computer";
    const STYLES: &'static [PagingStyle] = &[PagingStyle::PageNumber];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::Device>>> {
        let client = client.clone();
        let filters = self.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/api/v1/Computer");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::DeviceList = client
                .call(
                    request,
                    || {
                        let mut builder = client.api().list_devices_v1();
                        if let Some(value) = &filters.active {
                            builder = builder.active(*value);
                        }
                        if let Some(value) = &filters.blocked {
                            builder = builder.blocked(*value);
                        }
                        if let Some(value) = &filters.org_uid {
                            builder = builder.org_uid(value.clone());
                        }
                        if let Some(value) = &filters.user_uid {
                            builder = builder.user_uid(value.clone());
                        }
                        if let Some(value) = &filters.target_computer_guid {
                            builder = builder.target_computer_guid(value.clone());
                        }
                        if let Some(value) = &filters.q {
                            builder = builder.q(value.clone());
                        }
                        if let Some(value) = &filters.inc_backup_usage {
                            builder = builder.inc_backup_usage(*value);
                        }
                        if let Some(value) = &filters.inc_counts {
                            builder = builder.inc_counts(*value);
                        }
                        if let Some(value) = &filters.inc_settings {
                            builder = builder.inc_settings(*value);
                        }
                        if let Some(value) = &filters.srt_key {
                            builder = builder.srt_key(value.clone());
                        }
                        if let Some(value) = &filters.srt_dir {
                            builder = builder.srt_dir(value.clone());
                        }
                        let builder = match page {
                            PageRequest::OffsetLimit { .. } => builder,
                            PageRequest::PageNumber { page, page_size } => {
                                builder.pg_num(page).pg_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .data
                .total_count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.data.computers, answer.metadata, total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        match param {
            "active" => self.active = Some(parse_filter(param, value)?),
            "blocked" => self.blocked = Some(parse_filter(param, value)?),
            "orgUid" => self.org_uid = Some(parse_filter(param, value)?),
            "userUid" => self.user_uid = Some(parse_filter(param, value)?),
            "targetComputerGuid" => {
                self.target_computer_guid = Some(parse_filter(param, value)?);
            }
            "q" => self.q = Some(parse_filter(param, value)?),
            "incBackupUsage" => self.inc_backup_usage = Some(parse_filter(param, value)?),
            "incCounts" => self.inc_counts = Some(parse_filter(param, value)?),
            "incSettings" => self.inc_settings = Some(parse_filter(param, value)?),
            "srtKey" => self.srt_key = Some(parse_filter(param, value)?),
            "srtDir" => self.srt_dir = Some(parse_filter(param, value)?),
            _ => return Err(InvalidFilter::new(param, value, "")),
        }
        Ok(())
    }
    const ITEMS_KEY: &'static str = "computers";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        if let Some(value) = &self.active {
            builder = builder.query(&[("active", value)]);
        }
        if let Some(value) = &self.blocked {
            builder = builder.query(&[("blocked", value)]);
        }
        if let Some(value) = &self.org_uid {
            builder = builder.query(&[("orgUid", value)]);
        }
        if let Some(value) = &self.user_uid {
            builder = builder.query(&[("userUid", value)]);
        }
        if let Some(value) = &self.target_computer_guid {
            builder = builder.query(&[("targetComputerGuid", value)]);
        }
        if let Some(value) = &self.q {
            builder = builder.query(&[("q", value)]);
        }
        if let Some(value) = &self.inc_backup_usage {
            builder = builder.query(&[("incBackupUsage", value)]);
        }
        if let Some(value) = &self.inc_counts {
            builder = builder.query(&[("incCounts", value)]);
        }
        if let Some(value) = &self.inc_settings {
            builder = builder.query(&[("incSettings", value)]);
        }
        if let Some(value) = &self.srt_key {
            builder = builder.query(&[("srtKey", value)]);
        }
        if let Some(value) = &self.srt_dir {
            builder = builder.query(&[("srtDir", value)]);
        }
        match page {
            PageRequest::OffsetLimit { .. } => builder,
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("pgNum", page), ("pgSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
/// The optional query parameters of `GET /api/v3/orgs/{orgGuid}` (`getOrgV3`): Retrieve an org by GUID. Set them with the setters of its `Call`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgV3Query {
    /// `true`: the org carries its `settings`.
    pub inc_settings: Option<bool>,
}
/// The optional query parameters of `GET /api/v3/orgs/{orgGuid}` (`getOrgV3`).
impl Call<crashplan_api::types::V3Org, GetOrgV3Query> {
    /// `true`: the org carries its `settings`.
    ///
    /// Sends `incSettings`.
    pub fn inc_settings(mut self, value: bool) -> Self {
        self.query.inc_settings = Some(value);
        self
    }
}
/// An org represents a collection of users.
///
/// From [`Today::orgs`](Today::orgs); cheap to clone.
///
/// * [`list`](TodayOrgs::list): List orgs.
/// * [`current`](TodayOrgs::current): Retrieve the signed-in user's org.
/// * [`create`](TodayOrgs::create): Create an org.
/// * [`get`](TodayOrgs::get): Retrieve an org by GUID.
/// * [`update`](TodayOrgs::update): Update an org.
/// * [`block`](TodayOrgs::block): Block an org.
/// * [`unblock`](TodayOrgs::unblock): Unblock an org.
/// * [`deactivate`](TodayOrgs::deactivate): Deactivate an org.
/// * [`reactivate`](TodayOrgs::reactivate): Reactivate an org.
#[derive(Debug, Clone)]
pub struct TodayOrgs {
    pub(crate) client: Client,
}
impl TodayOrgs {
    /// List orgs. `GET /api/v1/Org` (`listOrgsV1`): a builder with one setter per filter, ending in `items()`, `pages()` or `collect_all()`.
    ///
    /// Lists the orgs of the tenant a page at a time (`pgNum`, `pgSize`). `data.totalCount` is a
    /// hint: the list ends at the first short page. No filters are shown by the evidence.
    pub fn list(&self) -> List<ListOrgsV1Filters> {
        List::new(self.client.clone())
    }
    /// The items of `listOrgsV1` that match a [query](crate::query), its filters pushed down to the server and detail views fetched when the query needs them: see [`find`](crate::find).
    #[cfg(feature = "query")]
    pub fn find(&self, query: &str) -> crate::Result<crate::Find<ListOrgsV1Filters>> {
        self.list().find(query)
    }
    /// Retrieve the signed-in user's org. `GET /api/v1/Org/my` (`getCurrentOrgV1`).
    ///
    /// The org of the user the token belongs to.
    ///
    /// Answers the `data` of the server's envelope.
    pub fn current(&self) -> Call<crashplan_api::types::V1Org> {
        let request = RequestInfo::new(Method::GET, "/api/v1/Org/my");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                Box::pin(async move {
                    unwrap_data(
                        client.api().get_current_org_v1().send().await,
                        |envelope| envelope.data,
                    )
                })
            },
        )
    }
    /// Create an org. `POST /api/v3/orgs` (`createOrgV3`).
    ///
    /// Creates an org under the parent org with the given GUID.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn create(
        &self,
        body: crashplan_api::types::V3OrgCreate,
    ) -> Call<crashplan_api::types::V3Org> {
        let request = RequestInfo::new(Method::POST, "/api/v3/orgs");
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let body = body.clone();
                Box::pin(async move {
                    client.api().create_org_v3().body(body).send().await
                })
            },
        )
    }
    /// Retrieve an org by GUID. `GET /api/v3/orgs/{orgGuid}` (`getOrgV3`).
    ///
    /// Retrieves one org, named by its GUID (`listOrgsV1` gives every org's GUID).
    ///
    /// Optional query parameters: [`inc_settings`](Call::inc_settings).
    pub fn get(
        &self,
        org_guid: impl Into<String>,
    ) -> Call<crashplan_api::types::V3Org, GetOrgV3Query> {
        let org_guid: String = org_guid.into();
        let request = RequestInfo::new(Method::GET, format!("/api/v3/orgs/{org_guid}"));
        Call::with_query(
            self.client.clone(),
            request,
            GetOrgV3Query::default(),
            move |client: Client, query: GetOrgV3Query| {
                let org_guid = org_guid.clone();
                Box::pin(async move {
                    let mut builder = client.api().get_org_v3().org_guid(org_guid);
                    if let Some(value) = query.inc_settings {
                        builder = builder.inc_settings(value);
                    }
                    builder.send().await
                })
            },
        )
    }
    /// Update an org. `PUT /api/v3/orgs/{orgGuid}` (`updateOrgV3`).
    ///
    /// Changes the name, external reference or notes of an org. The answer's body is not shown
    /// by the evidence (pycpg ignores it): it is not read.
    pub fn update(
        &self,
        org_guid: impl Into<String>,
        body: crashplan_api::types::V3OrgUpdate,
    ) -> Call<()> {
        let org_guid: String = org_guid.into();
        let request = RequestInfo::new(Method::PUT, format!("/api/v3/orgs/{org_guid}"));
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let org_guid = org_guid.clone();
                let body = body.clone();
                Box::pin(async move {
                    client
                        .api()
                        .update_org_v3()
                        .org_guid(org_guid)
                        .body(body)
                        .send()
                        .await
                })
            },
        )
    }
    /// Block an org. `POST /api/v3/orgs/{orgGuid}/block` (`blockOrgV3`).
    ///
    /// Blocks an org; its users cannot log in.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn block(&self, org_guid: impl Into<String>) -> Call<()> {
        let org_guid: String = org_guid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/orgs/{org_guid}/block"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let org_guid = org_guid.clone();
                Box::pin(async move {
                    client.api().block_org_v3().org_guid(org_guid).send().await
                })
            },
        )
    }
    /// Unblock an org. `POST /api/v3/orgs/{orgGuid}/unblock` (`unblockOrgV3`).
    ///
    /// Unblocks a blocked org.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn unblock(&self, org_guid: impl Into<String>) -> Call<()> {
        let org_guid: String = org_guid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/orgs/{org_guid}/unblock"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let org_guid = org_guid.clone();
                Box::pin(async move {
                    client.api().unblock_org_v3().org_guid(org_guid).send().await
                })
            },
        )
    }
    /// Deactivate an org. `POST /api/v3/orgs/{orgGuid}/deactivate` (`deactivateOrgV3`).
    ///
    /// Deactivates an org, its users and their devices.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn deactivate(&self, org_guid: impl Into<String>) -> Call<()> {
        let org_guid: String = org_guid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/orgs/{org_guid}/deactivate"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let org_guid = org_guid.clone();
                Box::pin(async move {
                    client.api().deactivate_org_v3().org_guid(org_guid).send().await
                })
            },
        )
    }
    /// Reactivate an org. `POST /api/v3/orgs/{orgGuid}/activate` (`activateOrgV3`).
    ///
    /// Reactivates a deactivated org.
    ///
    /// Not replayed after a failure unless `.retry_post(true)`: a replayed `POST` may act twice.
    pub fn reactivate(&self, org_guid: impl Into<String>) -> Call<()> {
        let org_guid: String = org_guid.into();
        let request = RequestInfo::new(
            Method::POST,
            format!("/api/v3/orgs/{org_guid}/activate"),
        );
        Call::new(
            self.client.clone(),
            request,
            move |client: Client| {
                let org_guid = org_guid.clone();
                Box::pin(async move {
                    client.api().activate_org_v3().org_guid(org_guid).send().await
                })
            },
        )
    }
}
/// The filters of `GET /api/v1/Org` (`listOrgsV1`): List orgs.
///
/// Set them on the list builder ([`List::filter`] by name, or the typed setters below); every filter is optional.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgsV1Filters {}
/// The filters of `GET /api/v1/Org` (`listOrgsV1`).
impl List<ListOrgsV1Filters> {}
impl crate::sealed::Sealed for ListOrgsV1Filters {}
impl ListQuery for ListOrgsV1Filters {
    type Item = crashplan_api::types::V1Org;
    const OPERATION_ID: &'static str = "listOrgsV1";
    const PATH: &'static str = "/api/v1/Org";
    const STYLES: &'static [PagingStyle] = &[PagingStyle::PageNumber];
    fn fetch(
        &self,
        client: &Client,
        page: PageRequest,
    ) -> BoxFuture<'static, Result<PageAnswer<crashplan_api::types::V1Org>>> {
        let client = client.clone();
        Box::pin(async move {
            let request = RequestInfo::get("/api/v1/Org");
            let page = native_page(page, Self::STYLES, &request)?;
            let answer: crashplan_api::types::V1OrgList = client
                .call(
                    request,
                    || {
                        let builder = client.api().list_orgs_v1();
                        let builder = match page {
                            PageRequest::OffsetLimit { .. } => builder,
                            PageRequest::PageNumber { page, page_size } => {
                                builder.pg_num(page).pg_size(page_size)
                            }
                            PageRequest::Unpaged => builder,
                        };
                        builder.send()
                    },
                )
                .await?;
            let total = answer
                .data
                .total_count
                .and_then(|total| u64::try_from(total).ok());
            Ok((answer.data.orgs, answer.metadata, total))
        })
    }
    fn set(
        &mut self,
        param: &str,
        value: &str,
    ) -> std::result::Result<(), InvalidFilter> {
        Err(InvalidFilter::new(param, value, ""))
    }
    const ITEMS_KEY: &'static str = "orgs";
    fn raw_query(
        &self,
        page: PageRequest,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        #[allow(unused_mut)]
        let mut builder = builder;
        match page {
            PageRequest::OffsetLimit { .. } => builder,
            PageRequest::PageNumber { page, page_size } => {
                builder.query(&[("pgNum", page), ("pgSize", page_size)])
            }
            PageRequest::Unpaged => builder,
        }
    }
}
impl crate::sealed::Sealed for crashplan_api::types::Org {}
/// The detail view: `GET /rest/orgs/{id}` (`getOrg`).
impl HasDetail for crashplan_api::types::Org {
    type Detail = crashplan_api::types::OrgDetail;
    fn fetch_detail(
        &self,
        client: &Client,
    ) -> BoxFuture<'static, Result<crashplan_api::types::OrgDetail>> {
        client.orgs().get(self.id).into_future()
    }
}
impl crate::sealed::Sealed for crashplan_api::types::User {}
/// The detail view: `GET /rest/users/{id}` (`getUser`).
impl HasDetail for crashplan_api::types::User {
    type Detail = crashplan_api::types::UserDetail;
    fn fetch_detail(
        &self,
        client: &Client,
    ) -> BoxFuture<'static, Result<crashplan_api::types::UserDetail>> {
        client.users().get(self.id).into_future()
    }
}
impl crate::sealed::Sealed for crashplan_api::types::Computer {}
/// The detail view: `GET /rest/computers/{id}` (`getComputer`).
impl HasDetail for crashplan_api::types::Computer {
    type Detail = crashplan_api::types::ComputerDetail;
    fn fetch_detail(
        &self,
        client: &Client,
    ) -> BoxFuture<'static, Result<crashplan_api::types::ComputerDetail>> {
        client.computers().get(self.id).into_future()
    }
}
impl crate::sealed::Sealed for crashplan_api::types::Usage {}
/// The spec has no detail view of this type: its detail is the item itself.
impl HasDetail for crashplan_api::types::Usage {
    type Detail = Self;
    fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
        let item = self.clone();
        Box::pin(async move { Ok(item) })
    }
}
impl crate::sealed::Sealed for crashplan_api::types::ComputerUsage {}
/// The spec has no detail view of this type: its detail is the item itself.
impl HasDetail for crashplan_api::types::ComputerUsage {
    type Detail = Self;
    fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
        let item = self.clone();
        Box::pin(async move { Ok(item) })
    }
}
impl crate::sealed::Sealed for crashplan_api::types::MountPoint {}
/// The detail view: `GET /rest/mountPoints/{id}` (`getMountPoint`).
impl HasDetail for crashplan_api::types::MountPoint {
    type Detail = crashplan_api::types::MountPointDetail;
    fn fetch_detail(
        &self,
        client: &Client,
    ) -> BoxFuture<'static, Result<crashplan_api::types::MountPointDetail>> {
        client.mount_points().get(self.id).into_future()
    }
}
impl crate::sealed::Sealed for crashplan_api::types::ArchiveRecord {}
/// The spec has no detail view of this type: its detail is the item itself.
impl HasDetail for crashplan_api::types::ArchiveRecord {
    type Detail = Self;
    fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
        let item = self.clone();
        Box::pin(async move { Ok(item) })
    }
}
impl crate::sealed::Sealed for crashplan_api::types::V1User {}
/// The spec has no detail view of this type: its detail is the item itself.
impl HasDetail for crashplan_api::types::V1User {
    type Detail = Self;
    fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
        let item = self.clone();
        Box::pin(async move { Ok(item) })
    }
}
impl crate::sealed::Sealed for crashplan_api::types::Device {}
/// The spec has no detail view of this type: its detail is the item itself.
impl HasDetail for crashplan_api::types::Device {
    type Detail = Self;
    fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
        let item = self.clone();
        Box::pin(async move { Ok(item) })
    }
}
impl crate::sealed::Sealed for crashplan_api::types::V1Org {}
/// The spec has no detail view of this type: its detail is the item itself.
impl HasDetail for crashplan_api::types::V1Org {
    type Detail = Self;
    fn fetch_detail(&self, _client: &Client) -> BoxFuture<'static, Result<Self>> {
        let item = self.clone();
        Box::pin(async move { Ok(item) })
    }
}
