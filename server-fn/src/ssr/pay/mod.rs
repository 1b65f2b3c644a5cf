//! Pay (issue #3), server side. So far: the gateway interface and the
//! sandbox provider. Storage of bills and orders, the background query job,
//! reconciliation and the pages follow.
pub mod gateway;
pub mod sandbox;
