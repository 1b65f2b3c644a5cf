//! Amounts of money as every area shows them.
use leptos::prelude::*;
use linli_server_fn::money::Fen;

/// An amount of money, kept left-to-right inside any sentence.
#[component]
pub fn Money(fen: i64) -> impl IntoView {
    view! {
        <bdi dir="ltr" class="money">
            {Fen(fen).display()}
        </bdi>
    }
}

pub fn money_text(fen: i64) -> String {
    Fen(fen).display()
}
