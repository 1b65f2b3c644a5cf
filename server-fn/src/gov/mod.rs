//! Government services (政务服务): grid reports and 12345 requests with
//! their timelines, the grid worker's console, and staff's view of the load
//! per grid. Reading is done by server functions; filing a report and
//! acting on one (both may carry a photo) are multipart form posts handled
//! by the server (`app/src/server/gov_forms.rs`).
pub mod apply;
pub mod cases;
pub mod manage;
pub mod services;
pub mod types;
pub mod visits;

pub use types::*;
