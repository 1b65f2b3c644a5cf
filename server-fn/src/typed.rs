//! Reading back what a person typed into a form that returned with an error
//! (kept on the server by `ssr::flash`, never in the URL).
use leptos::prelude::*;

/// The fields kept for `form` in this browser, as (name, value) pairs.
#[server(endpoint = "typed_back")]
pub async fn typed_back(form: String) -> Result<Vec<(String, String)>, ServerFnError> {
    let map = crate::ssr::flash::read_here(&form).await.map_err(ServerFnError::new)?;
    Ok(map.into_iter().collect())
}

/// The value of `name` among `fields` (empty when absent).
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}
