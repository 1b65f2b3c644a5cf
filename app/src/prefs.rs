//! The visitor's display preferences: language, elder mode, kiosk mode, text
//! size. Kept in cookies so they survive reloads and work without JavaScript;
//! the server renders them onto `<html>`, where the browser reads them back
//! when it hydrates, so both sides render the same page.
use linli_server_fn::Lang;

/// Text sizes offered by the size control, as percent of the browser's base
/// size (16 px by default): 16, 18, 20, 24, 28, 32 px.
pub const SIZES: [u16; 6] = [100, 113, 125, 150, 175, 200];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefs {
    pub lang: Lang,
    pub elder: bool,
    pub kiosk: bool,
    /// Chosen text size in percent, if any.
    pub size: Option<u16>,
    pub demo: bool,
    pub kiosk_idle_secs: u32,
    pub kiosk_grace_secs: u32,
}

impl Prefs {
    /// The smallest size the mode allows: elder mode never goes below 18 px
    /// (113%), kiosk mode below 24 px (150%).
    pub fn min_size(&self) -> u16 {
        if self.kiosk {
            150
        } else if self.elder {
            113
        } else {
            100
        }
    }

    pub fn default_size(&self) -> u16 {
        if self.kiosk {
            150
        } else if self.elder {
            125
        } else {
            100
        }
    }

    /// The size in force, in percent.
    pub fn effective_size(&self) -> u16 {
        self.size.unwrap_or(self.default_size()).max(self.min_size())
    }

    /// One step larger or smaller than `current`, within the offered sizes
    /// and the mode's minimum.
    pub fn step(&self, larger: bool) -> u16 {
        let current = self.effective_size();
        let next = if larger {
            SIZES.iter().copied().find(|s| *s > current).unwrap_or(*SIZES.last().unwrap())
        } else {
            SIZES.iter().rev().copied().find(|s| *s < current).unwrap_or(SIZES[0])
        };
        next.max(self.min_size())
    }

    pub fn parse_size(v: &str) -> Option<u16> {
        v.parse::<u16>().ok().filter(|s| SIZES.contains(s))
    }

    /// The preferences of this page, from the request. Pages render on the
    /// server only (islands mode); an island gets what it needs as props, so
    /// the browser never asks for them.
    pub fn current() -> Prefs {
        #[cfg(feature = "ssr")]
        return crate::server::prefs::from_request();
        #[allow(unreachable_code)]
        Prefs { lang: Lang::ZhCn, elder: false, kiosk: false, size: None, demo: false, kiosk_idle_secs: 120, kiosk_grace_secs: 30 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(elder: bool, kiosk: bool, size: Option<u16>) -> Prefs {
        Prefs { lang: Lang::ZhCn, elder, kiosk, size, demo: false, kiosk_idle_secs: 120, kiosk_grace_secs: 30 }
    }

    #[test]
    fn elder_mode_never_below_18px() {
        assert_eq!(p(true, false, Some(100)).effective_size(), 113);
        assert_eq!(p(true, false, None).effective_size(), 125);
        assert_eq!(p(false, false, None).effective_size(), 100);
    }

    #[test]
    fn size_control_reaches_32px_and_stops() {
        let mut prefs = p(true, false, None);
        for _ in 0..10 {
            prefs.size = Some(prefs.step(true));
        }
        assert_eq!(prefs.effective_size(), 200);
        for _ in 0..10 {
            prefs.size = Some(prefs.step(false));
        }
        assert_eq!(prefs.effective_size(), 113);
    }

    #[test]
    fn kiosk_is_largest_by_default() {
        assert!(p(false, true, None).effective_size() >= p(true, false, None).effective_size());
        assert_eq!(Prefs::parse_size("999"), None);
        assert_eq!(Prefs::parse_size("150"), Some(150));
    }
}
