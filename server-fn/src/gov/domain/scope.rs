//! Who may change a service item.
//!
//! A service item belongs to one community (`service_items.community_id`),
//! or to none: then it is **city-wide** (the seeded catalogue,
//! `seed/services.json`, is city-wide). Staff are `user_roles` rows with
//! role `staff`; their `scope` names the community they manage. A
//! **city-level** staff member has role `staff` with scope [`CITY_SCOPE`]
//! (`*`, which no community id can be): they keep the city-wide items and may
//! change any community's. Community staff change only their own
//! community's items; they see the city-wide ones but cannot edit, retire
//! or restore them, and do not see other communities' items at all.
//!
//! (The role stays `staff`: the allowed roles are a CHECK constraint in
//! `user_roles`, which SQLite can only change by rebuilding the table.)

/// The `scope` of a city-level staff member.
pub const CITY_SCOPE: &str = "*";

/// Whether staff with `scope` manage the whole city.
pub fn is_city(scope: &str) -> bool {
    scope == CITY_SCOPE
}

/// Whether staff with `scope` may edit, retire or restore an item that
/// belongs to `item_community` (`None`: city-wide).
pub fn may_manage(scope: &str, item_community: Option<&str>) -> bool {
    is_city(scope) || item_community == Some(scope)
}

/// Whether staff with `scope` see the item in their list (their own
/// community's, and the city-wide ones they cannot change).
pub fn may_see(scope: &str, item_community: Option<&str>) -> bool {
    is_city(scope) || item_community.is_none() || item_community == Some(scope)
}

/// The community a new item made by staff with `scope` belongs to
/// (`None`: city-wide, when city-level staff make it).
pub fn owner_of_new(scope: &str) -> Option<&str> {
    (!is_city(scope)).then_some(scope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_community_staff_manage_only_their_own_items() {
        assert!(may_manage("regiment", Some("regiment")));
        assert!(!may_manage("regiment", Some("city")), "another community's");
        assert!(!may_manage("regiment", None), "city-wide");
        assert!(may_see("regiment", None) && !may_see("regiment", Some("fringe")));
    }

    #[test]
    fn scope_city_staff_manage_everything_and_make_city_wide_items() {
        assert!(may_manage(CITY_SCOPE, None) && may_manage(CITY_SCOPE, Some("fringe")));
        assert!(may_see(CITY_SCOPE, Some("fringe")));
        assert_eq!(owner_of_new(CITY_SCOPE), None);
        assert_eq!(owner_of_new("city"), Some("city"), "the community called city is a community");
        assert!(!is_city("city"));
    }
}
