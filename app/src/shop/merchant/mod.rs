//! The merchant's console pages (`/merchant…`, role merchant).
pub mod console;
pub mod goods;
pub mod order;

use leptos::prelude::*;

use crate::text::use_tr;

/// The catalogue key of a shop order's state, in words.
pub(crate) fn state_key(state: &str) -> &'static str {
    match state {
        "awaiting_payment" => "merchant-state-awaiting-payment",
        "placed" => "merchant-state-placed",
        "accepted" => "merchant-state-accepted",
        "partly_accepted" => "merchant-state-partly-accepted",
        "declined" => "merchant-state-declined",
        "preparing" => "merchant-state-preparing",
        "out_for_delivery" => "merchant-state-out-for-delivery",
        "ready_for_pickup" => "merchant-state-ready-for-pickup",
        "done" => "merchant-state-done",
        "cancelled" => "merchant-state-cancelled",
        "refunded" => "merchant-state-refunded",
        _ => "merchant-state-other",
    }
}

/// How an order goes out, in words.
pub(crate) fn fulfilment_key(fulfilment: &str) -> &'static str {
    match fulfilment {
        "delivery" => "merchant-fulfilment-delivery",
        "pickup" => "merchant-fulfilment-pickup",
        _ => "merchant-fulfilment-service",
    }
}

/// "YYYY-MM-DD HH:MM" as the merchant reads it: just the time when it is
/// `today` ("YYYY-MM-DD"), else the date and time.
pub(crate) fn time_text(at: &str, today: &str) -> String {
    match at.split_once(' ') {
        Some((day, time)) if !today.is_empty() && day == today => time.to_string(),
        _ => at.to_string(),
    }
}

/// What became of the last step (`?done=`), or why it was refused (`?error=`).
#[component]
pub(crate) fn OutcomeNotice(done: Option<&'static str>, problem: Option<&'static str>) -> impl IntoView {
    let tr = use_tr();
    view! {
        {done
            .map(|k| {
                view! {
                    <div class="notice notice-success" role="status">
                        <p>{tr.t(k)}</p>
                    </div>
                }
            })}
        {problem
            .map(|k| {
                view! {
                    <div class="notice notice-error" role="alert">
                        <p>{tr.t(k)}</p>
                    </div>
                }
            })}
    }
}

#[cfg(test)]
mod tests {
    use super::time_text;

    #[test]
    fn today_shows_only_the_time() {
        assert_eq!(time_text("2026-12-06 18:30", "2026-12-06"), "18:30");
        assert_eq!(time_text("2026-12-07 08:00", "2026-12-06"), "2026-12-07 08:00");
        assert_eq!(time_text("2026-12-06 18:30", ""), "2026-12-06 18:30");
    }
}
