//! Types shared by the server and the browser. Nothing here holds a raw phone
//! or ID number: those are masked on the server before they leave it.
use serde::{Deserialize, Serialize};

/// The three languages Linli speaks, on equal footing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    ZhCn,
    Ug,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhCn, Lang::Ug, Lang::En];

    /// BCP 47 tag, as used for `<html lang>` and the catalogue folders.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::Ug => "ug",
            Lang::En => "en",
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ug => "rtl",
            _ => "ltr",
        }
    }

    /// Accepts a tag in any common spelling: `zh`, `zh-Hans-CN`, `ug-Arab-CN`, `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::ZhCn),
            "ug" => Some(Lang::Ug),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The best supported language in an `Accept-Language` header, by q-value.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (index, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.parse::<f32>().ok())).unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::from_tag(tag) {
                let better = match best {
                    None => true,
                    Some((bq, bi, _)) => q > bq || (q == bq && index < bi),
                };
                if better {
                    best = Some((q, index, lang));
                }
            }
        }
        best.map(|(_, _, l)| l)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Resident,
    FamilyProxy,
    GridWorker,
    Merchant,
    Clinician,
    Staff,
    Notary,
}

impl Role {
    pub const ALL: [Role; 7] =
        [Role::Resident, Role::FamilyProxy, Role::GridWorker, Role::Merchant, Role::Clinician, Role::Staff, Role::Notary];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::FamilyProxy => "family_proxy",
            Role::GridWorker => "grid_worker",
            Role::Merchant => "merchant",
            Role::Clinician => "clinician",
            Role::Staff => "staff",
            Role::Notary => "notary",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A text in the language it is actually shown in. When `lang` differs from
/// the page's language the page says so ("shown in Chinese").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub text: String,
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityInfo {
    pub name: Localized,
    pub address: Localized,
    /// `regiment`, `fringe` or `city`
    pub kind: String,
    pub hotline: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeData {
    pub community: CommunityInfo,
    /// The signed-in person's name, if any.
    pub user_name: Option<Localized>,
    /// The registered mini-apps the community shows, in its order.
    pub tiles: Vec<crate::apps::Tile>,
    /// Signed in: the unread count and urgent messages of the inbox.
    pub inbox: Option<crate::inbox::InboxSummary>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Relation {
    Daughter,
    Son,
    Spouse,
    Grandchild,
    Other,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Daughter => "daughter",
            Relation::Son => "son",
            Relation::Spouse => "spouse",
            Relation::Grandchild => "grandchild",
            Relation::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Relation {
        match s {
            "daughter" => Relation::Daughter,
            "son" => Relation::Son,
            "spouse" => Relation::Spouse,
            "grandchild" => Relation::Grandchild,
            _ => Relation::Other,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyMember {
    /// The link's id, for giving or withdrawing consent.
    pub link_id: i64,
    pub name: Localized,
    pub phone_masked: String,
    /// How the other person relates to the elder in the link.
    pub relation: Relation,
    /// True when the other person acts for me; false when I act for them.
    pub acts_for_me: bool,
    pub consent_given: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub name: Localized,
    pub phone_masked: String,
    pub id_masked: Option<String>,
    pub community: CommunityInfo,
    /// Building and unit, e.g. "3号楼 2-301".
    pub home: Option<String>,
    pub roles: Vec<Role>,
    /// Links to the pages of the work these roles do, from the registry.
    pub work_links: Vec<crate::apps::Link>,
    pub family: Vec<FamilyMember>,
    /// Link requests waiting for my answer.
    pub family_requests: i64,
    /// My join request's reference while it waits.
    pub join_waiting: Option<String>,
    /// My unread messages (`/inbox`).
    pub inbox_unread: i64,
}

/// What the code page needs to know about a pending sign-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub phone_masked: String,
    /// Local time (Beijing time) when the code stops working, "HH:MM".
    pub expires_at: String,
    pub minutes_left: i64,
    pub expired: bool,
    pub demo: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_highest_q_supported() {
        assert_eq!(Lang::from_accept_language("ug-CN,ug;q=0.9,zh-CN;q=0.8"), Some(Lang::Ug));
        assert_eq!(Lang::from_accept_language("fr-FR,en;q=0.5,zh;q=0.7"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_accept_language("fr-FR,de"), None);
        assert_eq!(Lang::from_accept_language("en;q=0,ug;q=0.1"), Some(Lang::Ug));
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn tags_round_trip_and_direction() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::Ug.dir(), "rtl");
        assert_eq!(Lang::ZhCn.dir(), "ltr");
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::ZhCn));
    }
}
