// @generated from spec/crashplan-pro.yaml by `cargo xtask generate`; do not edit.
// Change the spec (or xtask/src/generate.rs) and run `cargo xtask generate` instead.

//! The operations of the spec: one handle per resource, one method per operation, the
//! filters of every list. See [`crate::resources`].
use std::future::IntoFuture;
use crashplan_api::types::ListMetadata;
use futures::future::BoxFuture;
use reqwest::Method;
use crate::error::{RequestInfo, Result};
use crate::fanout::HasDetail;
use crate::paging::{PageRequest, PagingStyle};
use crate::resources::{Call, InvalidFilter, List, ListQuery, native_page, parse_filter};
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
    ) -> BoxFuture<'static, Result<(Vec<crashplan_api::types::Org>, ListMetadata)>> {
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
            Ok((answer.orgs, answer.metadata))
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
    ) -> BoxFuture<'static, Result<(Vec<crashplan_api::types::User>, ListMetadata)>> {
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
            Ok((answer.users, answer.metadata))
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
    ) -> BoxFuture<
        'static,
        Result<(Vec<crashplan_api::types::Computer>, ListMetadata)>,
    > {
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
            Ok((answer.computers, answer.metadata))
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
    ) -> BoxFuture<'static, Result<(Vec<crashplan_api::types::Usage>, ListMetadata)>> {
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
            Ok((answer.usages, answer.metadata))
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
    ) -> BoxFuture<
        'static,
        Result<(Vec<crashplan_api::types::ComputerUsage>, ListMetadata)>,
    > {
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
            Ok((answer.computer_usages, answer.metadata))
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
    ) -> BoxFuture<
        'static,
        Result<(Vec<crashplan_api::types::MountPoint>, ListMetadata)>,
    > {
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
            Ok((answer.mount_points, answer.metadata))
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
    ) -> BoxFuture<
        'static,
        Result<(Vec<crashplan_api::types::ArchiveRecord>, ListMetadata)>,
    > {
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
            Ok((answer.archive_records, answer.metadata))
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
