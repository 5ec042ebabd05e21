//! A CrashPlan PRO 3.x computer named the way an administrator names a device: by its GUID
//! (what the client shows its user) or its numeric id ([`Computers::resolve`]), as today's
//! devices are ([`TodayDevices::resolve`](crate::resources::TodayDevices::resolve)).

use futures::TryStreamExt;

use super::today::{nonblank, one};
use crate::error::{Error, Result};
use crate::resources::Computers;

impl Computers {
    /// The numeric id of the computer `name` names: the computer whose GUID is `name` (one
    /// request: the list's `guid` filter), else `name` itself as the id (an id nobody has is
    /// then the 404 of the request that uses it). GUIDs and ids are both whole numbers, so
    /// the GUID is asked for first. Not a number is an [`Error::InvalidInput`]; a GUID two
    /// computers have, an [`Error::Lookup`].
    ///
    /// ```no_run
    /// # async fn run(client: crashplan::Client) -> crashplan::Result<()> {
    /// let id = client.computers().resolve("343195742699662015").await?;
    /// let computer = client.computers().get(id).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn resolve(&self, name: &str) -> Result<i64> {
        let name = nonblank(name, "computer", "its GUID or id")?;
        let number: i64 = name.parse().map_err(|_| {
            Error::invalid_input(
                format!("`{name}` is no computer's GUID or id: both are whole numbers"),
                None,
            )
        })?;
        let found: Vec<i64> = self
            .list()
            .guid(number)
            .items()
            .map_ok(|computer| computer.id)
            .try_collect()
            .await?;
        if found.is_empty() {
            return Ok(number);
        }
        one(found, "computer", "the GUID", name)
    }
}
