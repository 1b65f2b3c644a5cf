//! `/staff/roles`: who holds which role in this community, granting one
//! (with a reason), removing one (with a reason), and the log of both.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linli_server_fn::outcome::Code;
use linli_server_fn::people::roles::{get_roles, GrantRole, RemoveRole};
use linli_server_fn::people::{RoleDone, RoleHolder, RoleProblem, RolesPage as Data};
use linli_server_fn::typed::field;
use linli_server_fn::Role;

use crate::components::back_link::BackLink;
use crate::components::errors::{from_query, message_for, DoneNotice, ErrorSummary, FieldMessage};
use crate::components::field::{described_by, Field, TextField};
use crate::components::outcome;
use crate::components::page::{Loaded, SignInPrompt};
use crate::components::table_scroll::TableScroll;
use crate::pages::me::role_key;
use crate::text::{use_tr, LocalizedText, Tr};

const GRANTABLE: [Role; 5] = [Role::GridWorker, Role::Merchant, Role::Clinician, Role::Notary, Role::Staff];

fn holder_card(tr: Tr, h: RoleHolder, error: Option<String>) -> impl IntoView {
    let id = format!("holder-{}-{}", h.user_id, h.role.as_str());
    let reason_id = format!("reason-{}-{}", h.user_id, h.role.as_str());
    view! {
        <li class="card" id=id>
            <h3>
                <LocalizedText text=h.name.clone() />
            </h3>
            <p>
                {tr.t(role_key(h.role))}
                {h
                    .scope
                    .clone()
                    .map(|s| {
                        view! {
                            " · "
                            <LocalizedText text=s />
                        }
                    })}
            </p>
            <p>
                <bdi dir="ltr">{h.phone_masked.clone()}</bdi>
            </p>
            {if h.removable {
                view! {
                    <form method="post" action=RemoveRole::url() class="form" novalidate>
                        <input type="hidden" name="user" value=h.user_id.clone() />
                        <input type="hidden" name="role" value=h.role.as_str() />
                        <TextField id=reason_id label=tr.t("roles-remove-reason") error=error />
                        <button type="submit" class="button button-secondary">
                            {tr.t("roles-remove")}
                        </button>
                    </form>
                }
                    .into_any()
            } else {
                view! { <p class="hint">{tr.t("roles-own")}</p> }.into_any()
            }}
        </li>
    }
}

#[component]
pub fn RolesPage() -> impl IntoView {
    let tr = use_tr();
    let q = use_query_map().get_untracked();
    let errors = from_query::<RoleProblem>(tr, &q, &["phone", "role", "grid", "reason"]);
    let done = outcome::read::<RoleDone>(&q).map(|d| tr.t(d.key()));
    let target = q.get("for");
    let data = Resource::new(|| (), |_| get_roles());
    view! {
        <Title text=tr.t("roles-title") />
        <BackLink href="/me" label_key="back-me" />
        <DoneNotice text=done />
        <h1 class="page-title">{tr.t("roles-title")}</h1>
        <Loaded
            data
            page=move |d: Data| {
                if !d.signed_in {
                    return view! { <SignInPrompt message_key="" next="/staff/roles" /> }.into_any();
                }
                if !d.allowed {
                    return view! { <p>{tr.t("staff-only")}</p> }.into_any();
                }
                let (card_error, errors) = match &target {
                    Some(t) => (Some((t.clone(), message_for(&errors, "reason"))), vec![]),
                    None => (None, errors.clone()),
                };
                let t = |k: &str| field(&d.typed, k).to_string();
                let (role, grid) = (t("role"), t("grid"));
                let e_role = message_for(&errors, "role");
                let e_grid = message_for(&errors, "grid");
                // a removal's problem belongs to that card, the rest to the grant form
                view! {
                    <ErrorSummary errors=errors.clone() />
                    {d
                        .community
                        .clone()
                        .map(|c| {
                            view! {
                                <p class="caption">
                                    <LocalizedText text=c />
                                </p>
                            }
                        })}
                    <section aria-labelledby="holders-title" class="panel">
                        <h2 id="holders-title">{tr.t("roles-holders")}</h2>
                        <ul class="cards">
                            {d
                                .holders
                                .clone()
                                .into_iter()
                                .map(|h| {
                                    let key = format!("{}-{}", h.user_id, h.role.as_str());
                                    let e = card_error.as_ref().filter(|(k, _)| *k == key).and_then(|(_, m)| m.clone());
                                    holder_card(tr, h, e)
                                })
                                .collect_view()}
                        </ul>
                    </section>
                    <section aria-labelledby="grant-title" class="panel">
                        <h2 id="grant-title">{tr.t("roles-grant-title")}</h2>
                        <form method="post" action=GrantRole::url() class="form" novalidate>
                            <TextField
                                id="phone"
                                label=tr.t("roles-phone")
                                hint=tr.t("roles-phone-hint")
                                error=message_for(&errors, "phone")
                                value=t("phone")
                                ltr=true
                                inputmode="tel"
                                autocomplete="off"
                            />
                            <fieldset class="choices" id="role">
                                <legend>{tr.t("roles-which")}</legend>
                                <FieldMessage id="role-error".into() message=e_role />
                                {GRANTABLE
                                    .into_iter()
                                    .map(|r| {
                                        let id = format!("role-{}", r.as_str());
                                        view! {
                                            <div class="choice">
                                                <input type="radio" name="role" id=id.clone() value=r.as_str() checked=role == r.as_str() />
                                                <label for=id>{tr.t(role_key(r))}</label>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                            <Field id="grid" label=tr.t("roles-grid") hint=Some(tr.t("roles-grid-hint")) error=e_grid.clone()>
                                <select id="grid" name="grid" class="input" aria-describedby=described_by("grid", true, e_grid.is_some())>
                                    <option value="">{tr.t("roles-grid-none")}</option>
                                    {d
                                        .grids
                                        .iter()
                                        .map(|g| {
                                            view! {
                                                <option value=g.id.clone() selected=g.id == grid>
                                                    {g.name.text.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </Field>
                            <TextField
                                id="reason"
                                label=tr.t("roles-reason")
                                hint=tr.t("roles-reason-hint")
                                error=message_for(&errors, "reason")
                                value=t("reason")
                            />
                            <button type="submit" class="button button-main">
                                {tr.t("roles-grant")}
                            </button>
                        </form>
                    </section>
                    // not a landmark of its own: the table's scroll region is named by the heading
                    <section class="panel">
                        <h2 id="log-title">{tr.t("roles-log")}</h2>
                        {if d.log.is_empty() {
                            view! { <p>{tr.t("roles-log-none")}</p> }.into_any()
                        } else {
                            view! {
                                <TableScroll labelledby="log-title">
                                    <table>
                                        <thead>
                                            <tr>
                                                <th scope="col">{tr.t("roles-log-when")}</th>
                                                <th scope="col">{tr.t("roles-log-who")}</th>
                                                <th scope="col">{tr.t("roles-log-what")}</th>
                                                <th scope="col">{tr.t("roles-log-by")}</th>
                                                <th scope="col">{tr.t("roles-log-why")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {d
                                                .log
                                                .clone()
                                                .into_iter()
                                                .map(|l| {
                                                    let what = if l.granted { "roles-log-granted" } else { "roles-log-removed" };
                                                    view! {
                                                        <tr>
                                                            <td>
                                                                <bdi dir="ltr">{l.at}</bdi>
                                                            </td>
                                                            <td>
                                                                <LocalizedText text=l.name />
                                                            </td>
                                                            <td>{tr.t(what)} " " {tr.t(role_key(l.role))}</td>
                                                            <td>
                                                                {l
                                                                    .by
                                                                    .map(|b| view! { <LocalizedText text=b /> }.into_any())
                                                                    .unwrap_or_else(|| tr.t("roles-log-by-register").into_any())}
                                                            </td>
                                                            <td>
                                                                {match l.reason.as_str() {
                                                                    "account-deleted" => tr.t("roles-log-reason-deleted").into_any(),
                                                                    "demo" => tr.t("roles-log-reason-demo").into_any(),
                                                                    _ => view! { <bdi>{l.reason}</bdi> }.into_any(),
                                                                }}
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </TableScroll>
                            }
                                .into_any()
                        }}
                    </section>
                }
                    .into_any()
            }
        />
    }
}
