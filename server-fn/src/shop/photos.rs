//! Photos of goods: what the merchant's good form and the pages need to know
//! of them. A merchant adds, replaces or removes a good's photo with the
//! good's form (`multipart/form-data`, posted to [`SAVE_GOOD`]); the photo
//! goes through the core's photo pipeline (`ssr::photos`) and is public from
//! then on, at [`photo_url`], the thumbnail at [`thumb_url`].

/// Where the good form is posted (an axum route: a form with a file is
/// `multipart/form-data`, which a server function does not read).
pub const SAVE_GOOD: &str = "/merchant/goods/save";
/// The largest photo accepted, in MB (the core's `photos::MAX_BYTES`).
pub const PHOTO_MAX_MB: i64 = 10;
/// A merchant's photos per day: at most this many files…
pub const DAILY_PHOTOS: i64 = 100;
/// …or this many MB sent, whichever comes first. Enough to photograph a
/// whole shop's shelves in a day; an account used to fill the disk or keep
/// the image decoders busy stops there.
pub const DAILY_PHOTO_MB: i64 = 400;

/// A photo's address (its id is random: it names no other file).
pub fn photo_url(id: &str) -> String {
    format!("/shop/photos/{id}")
}

/// A photo's thumbnail (at most 320 pixels a side).
pub fn thumb_url(id: &str) -> String {
    format!("/shop/photos/{id}?thumb=1")
}

crate::codes! {
    /// Why the photo chosen in the good form was not taken (`e_photo=…`).
    pub enum PhotoProblem in error {
        TooLarge = "photo-large" => "merchant-error-photo-large",
        NotAnImage = "photo-type" => "merchant-error-photo-type",
        TooManyPixels = "photo-pixels" => "merchant-error-photo-pixels",
        /// Every decode slot stayed taken: the photo is kept, send again.
        Busy = "photo-busy" => "merchant-error-photo-busy",
        Quota = "photo-quota" => "merchant-error-photo-quota",
        Store = "photo-store" => "merchant-error-photo-store",
    }
    else Store
}

#[cfg(feature = "ssr")]
impl From<crate::ssr::photos::PhotoError> for PhotoProblem {
    fn from(e: crate::ssr::photos::PhotoError) -> Self {
        use crate::ssr::photos::PhotoError;
        match e {
            PhotoError::TooLarge => PhotoProblem::TooLarge,
            PhotoError::NotAnImage => PhotoProblem::NotAnImage,
            PhotoError::TooManyPixels => PhotoProblem::TooManyPixels,
            PhotoError::Busy => PhotoProblem::Busy,
            PhotoError::Quota => PhotoProblem::Quota,
            PhotoError::Store => PhotoProblem::Store,
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_hint_says_the_limit_the_pipeline_keeps() {
        assert_eq!(PHOTO_MAX_MB as usize * 1024 * 1024, crate::ssr::photos::MAX_BYTES);
    }
}
