//! Government services (issue #4), server side: cases (grid reports and
//! 12345 requests) and photos.
pub mod cases;
pub mod catalogue;
pub mod photos;
