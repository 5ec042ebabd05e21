//! Reads one property of a serialisable item without serialising the rest.
//!
//! The generic filter predicate compares one property per filter, but a list scan may look
//! at millions of synthetic items: serialising each whole item to a `serde_json::Value`
//! (formatting every date, allocating every key) costs about ten times more than the
//! comparison. [`property`] drives the item's own `Serialize` implementation with a
//! serializer that skips every entry but the wanted one. Hand-written because neither serde
//! nor serde_json offers single-field extraction; it only understands what the generated
//! types produce (a struct or, with the flattened `extra` map, a map with string keys).

use std::fmt::Display;

use serde::Serialize;
use serde::ser::{self, Impossible, SerializeMap, SerializeStruct};
use serde_json::Value;

/// The JSON value of the property `name` of `item` (`None` when the item has no such
/// property, or is not an object).
pub(crate) fn property<T: Serialize + ?Sized>(item: &T, name: &str) -> Option<Value> {
    item.serialize(Probe { name }).ok().flatten()
}

/// Why probing stopped: the item is not an object (or a value did not serialise).
#[derive(Debug)]
pub(crate) struct NotAnObject;

impl Display for NotAnObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a JSON object")
    }
}

impl std::error::Error for NotAnObject {}

impl ser::Error for NotAnObject {
    fn custom<M: Display>(_msg: M) -> Self {
        Self
    }
}

/// The serializer of the item: accepts structs and maps, nothing else.
struct Probe<'n> {
    name: &'n str,
}

/// The entries of the item, keeping the wanted one.
struct Entries<'n> {
    name: &'n str,
    /// Whether the last key seen (map form) is the wanted one.
    wanted: bool,
    found: Option<Value>,
}

impl Entries<'_> {
    fn keep<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), NotAnObject> {
        if self.found.is_none() {
            self.found = Some(serde_json::to_value(value).map_err(|_| NotAnObject)?);
        }
        Ok(())
    }
}

impl SerializeStruct for Entries<'_> {
    type Ok = Option<Value>;
    type Error = NotAnObject;

    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), NotAnObject> {
        if key == self.name {
            self.keep(value)?;
        }
        Ok(())
    }

    fn end(self) -> Result<Option<Value>, NotAnObject> {
        Ok(self.found)
    }
}

impl SerializeMap for Entries<'_> {
    type Ok = Option<Value>;
    type Error = NotAnObject;

    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Result<(), NotAnObject> {
        self.wanted = key.serialize(KeyIs(self.name))?;
        Ok(())
    }

    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), NotAnObject> {
        if self.wanted {
            self.keep(value)?;
        }
        Ok(())
    }

    fn end(self) -> Result<Option<Value>, NotAnObject> {
        Ok(self.found)
    }
}

/// Everything that is not an object: the item has no properties.
macro_rules! not_an_object {
    ($($method:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<Self::Ok, NotAnObject> {
            Err(NotAnObject)
        })*
    };
}

/// The compound forms that are not objects.
macro_rules! no_compounds {
    () => {
        type SerializeSeq = Impossible<Self::Ok, NotAnObject>;
        type SerializeTuple = Impossible<Self::Ok, NotAnObject>;
        type SerializeTupleStruct = Impossible<Self::Ok, NotAnObject>;
        type SerializeTupleVariant = Impossible<Self::Ok, NotAnObject>;
        type SerializeStructVariant = Impossible<Self::Ok, NotAnObject>;

        not_an_object!(
            serialize_bool(bool),
            serialize_i8(i8),
            serialize_i16(i16),
            serialize_i32(i32),
            serialize_i64(i64),
            serialize_u8(u8),
            serialize_u16(u16),
            serialize_u32(u32),
            serialize_u64(u64),
            serialize_f32(f32),
            serialize_f64(f64),
            serialize_char(char),
            serialize_bytes(&[u8]),
            serialize_none(),
            serialize_unit(),
            serialize_unit_struct(&'static str),
            serialize_unit_variant(&'static str, u32, &'static str),
        );

        fn serialize_some<V: Serialize + ?Sized>(self, _: &V) -> Result<Self::Ok, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_newtype_struct<V: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: &V,
        ) -> Result<Self::Ok, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_newtype_variant<V: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &V,
        ) -> Result<Self::Ok, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, NotAnObject> {
            Err(NotAnObject)
        }

        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, NotAnObject> {
            Err(NotAnObject)
        }
    };
}

impl<'n> ser::Serializer for Probe<'n> {
    type Ok = Option<Value>;
    type Error = NotAnObject;
    type SerializeMap = Entries<'n>;
    type SerializeStruct = Entries<'n>;

    no_compounds!();

    fn serialize_str(self, _: &str) -> Result<Self::Ok, NotAnObject> {
        Err(NotAnObject)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Entries<'n>, NotAnObject> {
        Ok(Entries {
            name: self.name,
            wanted: false,
            found: None,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Entries<'n>, NotAnObject> {
        self.serialize_map(None)
    }
}

/// The serializer of a map key: whether it is the wanted name.
struct KeyIs<'n>(&'n str);

impl ser::Serializer for KeyIs<'_> {
    type Ok = bool;
    type Error = NotAnObject;
    type SerializeMap = Impossible<bool, NotAnObject>;
    type SerializeStruct = Impossible<bool, NotAnObject>;

    no_compounds!();

    fn serialize_str(self, key: &str) -> Result<bool, NotAnObject> {
        Ok(key == self.0)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAnObject> {
        Err(NotAnObject)
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, NotAnObject> {
        Err(NotAnObject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crashplan_api::types::{ArchiveRecord, UserDetail};

    #[test]
    fn reads_one_property_as_to_value_would() {
        let user: UserDetail = serde_json::from_str(include_str!(
            "../../../spec/examples/UserDetail.get-user-69.json"
        ))
        .expect("fixture");
        let mut user = user;
        user.extra.insert("userUid".into(), "abc".into());
        let whole = serde_json::to_value(&user).expect("json");
        for name in [
            "id",
            "email",
            "creationDate",
            "quota",
            "userUid",
            "lastName",
        ] {
            assert_eq!(property(&user, name).as_ref(), whole.get(name), "{name}");
        }
        assert_eq!(property(&user, "nope"), None);
        let record = ArchiveRecord::default();
        assert_eq!(property(&record, "orgId"), Some(Value::Null));
        assert_eq!(property(&42, "id"), None);
        assert_eq!(property(&whole, "email"), whole.get("email").cloned());
    }
}
