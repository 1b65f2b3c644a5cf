//! Government services (issue #4), server side: cases (grid reports and
//! 12345 requests), photos, application documents and visits.
pub mod cases;
pub mod catalogue;
pub mod photos;
pub mod uploads;
pub mod documents;
pub mod visits;
pub mod trend;
