//! A labelled form field in the GOV.UK manner: the label, a hint if there is
//! one, the message when the answer was not right, then the control; the
//! control names the hint and the message in `aria-describedby`, so a screen
//! reader reads them with it.
use leptos::prelude::*;

use crate::components::errors::FieldMessage;

/// The ids the control of field `id` is described by: `{id}-hint` and `{id}-error`.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [hint.then(|| format!("{id}-hint")), error.then(|| format!("{id}-error"))].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A field around any control (`children`: a select, a textarea, an input
/// with its own attributes). The control's id must be `id`.
#[component]
pub fn Field(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            <FieldMessage id=error_id message=error />
            {children()}
        </div>
    }
}

/// A one-line text field: its name is its id; what was typed comes back in
/// `value`. `short` for a few characters (a month, an amount), `ltr` for
/// numbers and dates that read left to right in every language.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] short: bool,
    #[prop(optional)] ltr: bool,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let invalid = error.is_some();
    let class = if short { "input input-short" } else { "input" };
    view! {
        <Field id=id.clone() label hint error>
            <input
                id=id.clone()
                name=id
                class=class
                class:input-error=invalid
                dir=ltr.then_some("ltr")
                inputmode=inputmode
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=invalid.then_some("true")
                value=value
            />
        </Field>
    }
}

#[cfg(test)]
mod tests {
    use super::described_by;

    #[test]
    fn the_control_names_its_hint_and_its_message() {
        assert_eq!(described_by("amount", true, true).as_deref(), Some("amount-hint amount-error"));
        assert_eq!(described_by("amount", false, true).as_deref(), Some("amount-error"));
        assert_eq!(described_by("amount", false, false), None);
    }
}
