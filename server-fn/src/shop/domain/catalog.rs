//! The fixed words of the catalogue: what a shop is, which shelf a good is
//! on, and what it is counted in. Stored and sent as lowercase words so
//! the database, the seed and the forms all spell them one way.

/// What kind of shop it is; it decides what the shop may list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Supermarket,
    Pharmacy,
    Bakery,
    Butcher,
    Fruit,
    Housekeeping,
    Repairs,
}

impl Category {
    pub const ALL: [Self; 7] =
        [Self::Supermarket, Self::Pharmacy, Self::Bakery, Self::Butcher, Self::Fruit, Self::Housekeeping, Self::Repairs];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Supermarket => "supermarket",
            Self::Pharmacy => "pharmacy",
            Self::Bakery => "bakery",
            Self::Butcher => "butcher",
            Self::Fruit => "fruit",
            Self::Housekeeping => "housekeeping",
            Self::Repairs => "repairs",
        }
    }

    /// A service shop comes to the home: no delivery fee, no minimum, no
    /// stock to count.
    pub fn sells_services(self) -> bool {
        matches!(self, Self::Housekeeping | Self::Repairs)
    }
}

/// The shelf a good is on; it decides whether the good may be sent back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Vegetables,
    Fruit,
    Meat,
    Bread,
    Dairy,
    Grocery,
    Drinks,
    Household,
    Medicine,
    Health,
    Service,
}

impl Section {
    pub const ALL: [Self; 11] = [
        Self::Vegetables,
        Self::Fruit,
        Self::Meat,
        Self::Bread,
        Self::Dairy,
        Self::Grocery,
        Self::Drinks,
        Self::Household,
        Self::Medicine,
        Self::Health,
        Self::Service,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Vegetables => "vegetables",
            Self::Fruit => "fruit",
            Self::Meat => "meat",
            Self::Bread => "bread",
            Self::Dairy => "dairy",
            Self::Grocery => "grocery",
            Self::Drinks => "drinks",
            Self::Household => "household",
            Self::Medicine => "medicine",
            Self::Health => "health",
            Self::Service => "service",
        }
    }

    /// Fresh food that spoils within days.
    pub fn perishable(self) -> bool {
        matches!(self, Self::Vegetables | Self::Fruit | Self::Meat | Self::Bread | Self::Dairy)
    }

    /// The 7-day no-reason return is for goods that keep: not fresh food,
    /// not medicine (a pharmacy does not take medicine back), not a visit
    /// that has already happened.
    pub fn returnable(self) -> bool {
        matches!(self, Self::Grocery | Self::Drinks | Self::Household | Self::Health)
    }
}

/// What a price is for: one piece, a jin (500 g, how markets weigh), an
/// hour of work, one visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Piece,
    Jin,
    Kg,
    Bag,
    Box,
    Bottle,
    Pack,
    Hour,
    Visit,
}

impl Unit {
    pub const ALL: [Self; 9] = [Self::Piece, Self::Jin, Self::Kg, Self::Bag, Self::Box, Self::Bottle, Self::Pack, Self::Hour, Self::Visit];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Piece => "piece",
            Self::Jin => "jin",
            Self::Kg => "kg",
            Self::Bag => "bag",
            Self::Box => "box",
            Self::Bottle => "bottle",
            Self::Pack => "pack",
            Self::Hour => "hour",
            Self::Visit => "visit",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn category_words_round_trip() {
        let words = ["supermarket", "pharmacy", "bakery", "butcher", "fruit", "housekeeping", "repairs"];
        for (c, w) in Category::ALL.into_iter().zip(words) {
            assert_eq!(c.as_str(), w);
            assert_eq!(Category::parse(w), Some(c));
        }
        assert_eq!(Category::ALL.into_iter().collect::<HashSet<_>>().len(), Category::ALL.len());
    }

    #[test]
    fn section_words_round_trip() {
        let words = ["vegetables", "fruit", "meat", "bread", "dairy", "grocery", "drinks", "household", "medicine", "health", "service"];
        for (s, w) in Section::ALL.into_iter().zip(words) {
            assert_eq!(s.as_str(), w);
            assert_eq!(Section::parse(w), Some(s));
        }
        assert_eq!(Section::ALL.into_iter().collect::<HashSet<_>>().len(), Section::ALL.len());
    }

    #[test]
    fn unit_words_round_trip() {
        let words = ["piece", "jin", "kg", "bag", "box", "bottle", "pack", "hour", "visit"];
        for (u, w) in Unit::ALL.into_iter().zip(words) {
            assert_eq!(u.as_str(), w);
            assert_eq!(Unit::parse(w), Some(u));
        }
        assert_eq!(Unit::ALL.into_iter().collect::<HashSet<_>>().len(), Unit::ALL.len());
    }

    #[test]
    fn parse_is_exact() {
        for bad in ["", "Bakery", "BAKERY", " bakery", "bakery ", "bakeries", "repair"] {
            assert_eq!(Category::parse(bad), None, "{bad:?}");
        }
        for bad in ["", "Fruit", "vegetable", "services", "medicine\n"] {
            assert_eq!(Section::parse(bad), None, "{bad:?}");
        }
        for bad in ["", "KG", "pieces", "斤", "visit "] {
            assert_eq!(Unit::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_housekeeping_and_repairs_sell_services() {
        let services: Vec<_> = Category::ALL.into_iter().filter(|c| c.sells_services()).collect();
        assert_eq!(services, [Category::Housekeeping, Category::Repairs]);
    }

    #[test]
    fn perishable_sections() {
        let fresh: Vec<_> = Section::ALL.into_iter().filter(|s| s.perishable()).collect();
        assert_eq!(fresh, [Section::Vegetables, Section::Fruit, Section::Meat, Section::Bread, Section::Dairy]);
    }

    #[test]
    fn returnable_sections() {
        let back: Vec<_> = Section::ALL.into_iter().filter(|s| s.returnable()).collect();
        assert_eq!(back, [Section::Grocery, Section::Drinks, Section::Household, Section::Health]);
        assert!(!Section::Medicine.returnable(), "medicine is never taken back");
        assert!(!Section::Service.returnable(), "a visit cannot be sent back");
        for s in Section::ALL {
            assert!(!(s.perishable() && s.returnable()), "{s:?}: fresh food is not returnable");
        }
    }
}
