//! Icons from Lucide (ISC licence, `app/icons/LICENSE`), inlined as SVG by
//! the server. The SVG files are vendored in `app/icons/` (`make icons`
//! refreshes them from npm's `lucide-static` in tools/), so building never
//! needs npm. Decorative: every icon sits beside a text label, so it is
//! hidden from screen readers. Arrows mirror in right-to-left pages.
use leptos::prelude::*;

/// An icon's drawing (a Lucide file) and whether it points along the
/// reading direction (then it mirrors in Uyghur).
struct Drawing {
    svg: &'static str,
    directional: bool,
}

const fn drawing(svg: &'static str) -> Drawing {
    Drawing { svg, directional: false }
}

/// Our names for icons: places, actions and mini-apps (`home.rs` maps each
/// mini-app to one).
fn drawing_of(name: &str) -> Option<Drawing> {
    Some(match name {
        "home" => drawing(include_str!("../icons/house.svg")),
        "person" => drawing(include_str!("../icons/user.svg")),
        "back" => Drawing { svg: include_str!("../icons/arrow-left.svg"), directional: true },
        "forward" => Drawing { svg: include_str!("../icons/arrow-right.svg"), directional: true },
        "phone" => drawing(include_str!("../icons/phone.svg")),
        "family" => drawing(include_str!("../icons/users.svg")),
        "shield" => drawing(include_str!("../icons/shield-check.svg")),
        "pay" => drawing(include_str!("../icons/wallet.svg")),
        "gov" => drawing(include_str!("../icons/landmark.svg")),
        "report" => drawing(include_str!("../icons/triangle-alert.svg")),
        "services" => drawing(include_str!("../icons/clipboard-list.svg")),
        "hotline" => drawing(include_str!("../icons/phone-call.svg")),
        "mine" => drawing(include_str!("../icons/list-checks.svg")),
        "shop" => drawing(include_str!("../icons/shopping-bag.svg")),
        "health" => drawing(include_str!("../icons/heart-pulse.svg")),
        "vote" => drawing(include_str!("../icons/vote.svg")),
        "care" => drawing(include_str!("../icons/hand-heart.svg")),
        "news" => drawing(include_str!("../icons/newspaper.svg")),
        // goods and services in Shop (the `icon` of each in the data)
        "good-apple" => drawing(include_str!("../icons/apple.svg")),
        "good-bandage" => drawing(include_str!("../icons/bandage.svg")),
        "good-bath" => drawing(include_str!("../icons/bath.svg")),
        "good-battery" => drawing(include_str!("../icons/battery.svg")),
        "good-beef" => drawing(include_str!("../icons/beef.svg")),
        "good-broom" => drawing(include_str!("../icons/broom.svg")),
        "good-cake" => drawing(include_str!("../icons/cake.svg")),
        "good-cake-slice" => drawing(include_str!("../icons/cake-slice.svg")),
        "good-candy" => drawing(include_str!("../icons/candy.svg")),
        "good-carrot" => drawing(include_str!("../icons/carrot.svg")),
        "good-cherry" => drawing(include_str!("../icons/cherry.svg")),
        "good-citrus" => drawing(include_str!("../icons/citrus.svg")),
        "good-coffee" => drawing(include_str!("../icons/coffee.svg")),
        "good-cookie" => drawing(include_str!("../icons/cookie.svg")),
        "good-croissant" => drawing(include_str!("../icons/croissant.svg")),
        "good-cup-soda" => drawing(include_str!("../icons/cup-soda.svg")),
        "good-drill" => drawing(include_str!("../icons/drill.svg")),
        "good-droplet" => drawing(include_str!("../icons/droplet.svg")),
        "good-drumstick" => drawing(include_str!("../icons/drumstick.svg")),
        "good-egg" => drawing(include_str!("../icons/egg.svg")),
        "good-glass-water" => drawing(include_str!("../icons/glass-water.svg")),
        "good-grape" => drawing(include_str!("../icons/grape.svg")),
        "good-ham" => drawing(include_str!("../icons/ham.svg")),
        "good-hammer" => drawing(include_str!("../icons/hammer.svg")),
        "good-heart" => drawing(include_str!("../icons/heart.svg")),
        "good-leafy-green" => drawing(include_str!("../icons/leafy-green.svg")),
        "good-lightbulb" => drawing(include_str!("../icons/lightbulb.svg")),
        "good-lock" => drawing(include_str!("../icons/lock.svg")),
        "good-milk" => drawing(include_str!("../icons/milk.svg")),
        "good-nut" => drawing(include_str!("../icons/nut.svg")),
        "good-package" => drawing(include_str!("../icons/package.svg")),
        "good-paintbrush" => drawing(include_str!("../icons/paintbrush.svg")),
        "good-pill" => drawing(include_str!("../icons/pill.svg")),
        "good-plug" => drawing(include_str!("../icons/plug.svg")),
        "good-refrigerator" => drawing(include_str!("../icons/refrigerator.svg")),
        "good-salad" => drawing(include_str!("../icons/salad.svg")),
        "good-sandwich" => drawing(include_str!("../icons/sandwich.svg")),
        "good-shirt" => drawing(include_str!("../icons/shirt.svg")),
        "good-shopping-basket" => drawing(include_str!("../icons/shopping-basket.svg")),
        "good-soup" => drawing(include_str!("../icons/soup.svg")),
        "good-sparkles" => drawing(include_str!("../icons/sparkles.svg")),
        "good-spray-can" => drawing(include_str!("../icons/spray-can.svg")),
        "good-sprout" => drawing(include_str!("../icons/sprout.svg")),
        "good-syringe" => drawing(include_str!("../icons/syringe.svg")),
        "good-tablets" => drawing(include_str!("../icons/tablets.svg")),
        "good-thermometer" => drawing(include_str!("../icons/thermometer.svg")),
        "good-utensils" => drawing(include_str!("../icons/utensils.svg")),
        "good-washing-machine" => drawing(include_str!("../icons/washing-machine.svg")),
        "good-wheat" => drawing(include_str!("../icons/wheat.svg")),
        "good-wrench" => drawing(include_str!("../icons/wrench.svg")),
        _ => return None,
    })
}

/// What is inside a Lucide file's `<svg …>` element: its paths and shapes.
fn shapes(svg: &str) -> &str {
    let start = svg.find("<svg").and_then(|i| svg[i..].find('>').map(|j| i + j + 1));
    let end = svg.rfind("</svg>");
    match (start, end) {
        (Some(s), Some(e)) if s <= e => svg[s..e].trim(),
        _ => "",
    }
}

/// An icon by name; an unknown name draws nothing (a unit test keeps every
/// name in use known).
#[component]
pub fn Icon(#[prop(into)] name: String) -> impl IntoView {
    drawing_of(&name).map(|d| {
        view! {
            <svg
                class="icon"
                class:icon-mirror=d.directional
                viewBox="0 0 24 24"
                width="24"
                height="24"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                stroke-linejoin="round"
                aria-hidden="true"
                focusable="false"
                inner_html=shapes(d.svg)
            ></svg>
        }
    })
}

/// The names the pages use (checked below, so none draws nothing).
#[cfg(test)]
pub(crate) const NAMES: [&str; 18] = [
    "home", "person", "back", "forward", "phone", "family", "shield", "pay", "gov", "report", "services", "hotline", "mine", "shop",
    "health", "vote", "care", "news",
];

/// Whether `name` draws something (for the tests of pages that pick icons,
/// and the registry's check of each mini-app's icon).
pub fn known(name: &str) -> bool {
    drawing_of(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_has_a_lucide_drawing_with_shapes() {
        for name in NAMES {
            let d = drawing_of(name).unwrap_or_else(|| panic!("{name} has no drawing"));
            assert!(d.svg.contains("@license lucide-static"), "{name} is a Lucide file");
            let inner = shapes(d.svg);
            assert!(inner.starts_with('<') && !inner.contains("<svg") && !inner.contains("</svg>"), "{name}: {inner}");
        }
    }

    #[test]
    fn only_arrows_mirror() {
        let mirrored: Vec<_> = NAMES.into_iter().filter(|n| drawing_of(n).unwrap().directional).collect();
        assert_eq!(mirrored, ["back", "forward"]);
    }

    #[test]
    fn unknown_names_draw_nothing() {
        assert!(drawing_of("square").is_none());
        assert_eq!(shapes("no svg here"), "");
    }
}
