//! Pay (缴费): household bills, payment orders through one gateway
//! interface, receipts, history, paying for family, scan-to-pay at a kiosk,
//! and the staff pages that issue bills. One server function per task;
//! every one answers a plain form post by redirecting, so pages work
//! without JavaScript exactly as they do hydrated.
pub mod bills;
pub mod history;
pub mod kiosk;
pub mod orders;
pub mod sandbox;
pub mod staff;
pub mod types;

#[cfg(feature = "ssr")]
pub mod ctx;

pub use types::*;
