//! Who may grant and remove roles. Only community staff manage roles, only
//! within their own community, never for themselves, and never a role above
//! their own. The roles a community has are ranked: staff above the work
//! roles (grid worker, merchant, clinician, notary), which are above a
//! resident's.
use crate::types::Role;

/// A role's rank: what it may hand on.
pub fn rank(role: Role) -> u8 {
    match role {
        Role::Resident | Role::FamilyProxy => 0,
        Role::GridWorker | Role::Merchant | Role::Clinician | Role::Notary => 1,
        Role::Staff => 2,
    }
}

/// The roles staff grant on the roles page (resident comes from joining or
/// the register, family proxy from a family link).
pub const GRANTABLE: [Role; 5] = [Role::GridWorker, Role::Merchant, Role::Clinician, Role::Notary, Role::Staff];

/// Who wants to grant or remove, with the community they are staff of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Granter {
    pub user: String,
    pub roles: Vec<Role>,
    pub staff_of: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    NotStaff,
    OwnRole,
    AboveOwn,
    OtherCommunity,
    NotGrantable,
}

/// Whether `granter` may grant (or remove) `role` for `target`, whose
/// community is `target_community`.
pub fn may_change(granter: &Granter, target: &str, target_community: &str, role: Role) -> Result<(), Denied> {
    let Some(community) = &granter.staff_of else { return Err(Denied::NotStaff) };
    if !granter.roles.contains(&Role::Staff) {
        return Err(Denied::NotStaff);
    }
    if granter.user == target {
        return Err(Denied::OwnRole);
    }
    if !GRANTABLE.contains(&role) {
        return Err(Denied::NotGrantable);
    }
    let own = granter.roles.iter().copied().map(rank).max().unwrap_or(0);
    if rank(role) > own {
        return Err(Denied::AboveOwn);
    }
    if target_community != community {
        return Err(Denied::OtherCommunity);
    }
    Ok(())
}

/// What may happen to a role a person holds or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleEvent {
    Grant,
    Remove,
}

/// Whether the person holds the role after `event`, or `None` when the
/// event changes nothing (granting a held role, removing one not held):
/// nothing is logged then.
pub fn next(held: bool, event: RoleEvent) -> Option<bool> {
    match (held, event) {
        (false, RoleEvent::Grant) => Some(true),
        (true, RoleEvent::Remove) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_holding_and_event() {
        assert_eq!(next(false, RoleEvent::Grant), Some(true));
        assert_eq!(next(true, RoleEvent::Grant), None, "granting again is no change");
        assert_eq!(next(true, RoleEvent::Remove), Some(false));
        assert_eq!(next(false, RoleEvent::Remove), None, "removing what is not held is no change");
    }

    fn staff() -> Granter {
        Granter { user: "u-staff".into(), roles: vec![Role::Staff], staff_of: Some("c1".into()) }
    }

    #[test]
    fn staff_grant_work_roles_in_their_community() {
        for role in GRANTABLE {
            assert_eq!(may_change(&staff(), "u-x", "c1", role), Ok(()), "{role:?}");
        }
        assert_eq!(may_change(&staff(), "u-x", "c2", Role::GridWorker), Err(Denied::OtherCommunity));
        assert_eq!(may_change(&staff(), "u-x", "c1", Role::Resident), Err(Denied::NotGrantable));
    }

    #[test]
    fn nobody_grants_to_themselves() {
        assert_eq!(may_change(&staff(), "u-staff", "c1", Role::Notary), Err(Denied::OwnRole));
    }

    #[test]
    fn residents_and_work_roles_grant_nothing() {
        let resident = Granter { user: "u-r".into(), roles: vec![Role::Resident], staff_of: None };
        assert_eq!(may_change(&resident, "u-x", "c1", Role::GridWorker), Err(Denied::NotStaff));
        let gw = Granter { user: "u-g".into(), roles: vec![Role::GridWorker], staff_of: None };
        assert_eq!(may_change(&gw, "u-x", "c1", Role::GridWorker), Err(Denied::NotStaff));
        // a scope without the role (a stale row) is not enough
        let odd = Granter { user: "u-o".into(), roles: vec![Role::Resident], staff_of: Some("c1".into()) };
        assert_eq!(may_change(&odd, "u-x", "c1", Role::Merchant), Err(Denied::NotStaff));
    }

    #[test]
    fn nothing_above_ones_own() {
        // a granter whose highest role is a work role (were one ever given
        // the staff scope without the staff role, it is refused earlier)
        let ranked = |roles: Vec<Role>| Granter { user: "u-g".into(), roles, staff_of: Some("c1".into()) };
        assert_eq!(may_change(&ranked(vec![Role::Staff]), "u-x", "c1", Role::Staff), Ok(()), "equal is not above");
        assert!(rank(Role::Staff) > rank(Role::GridWorker) && rank(Role::GridWorker) > rank(Role::Resident));
    }
}
