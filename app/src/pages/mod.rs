pub mod demo_sms;
pub mod home;
pub mod kiosk;
pub mod login;
pub mod me;
pub mod not_found;
pub mod problem;
pub mod staff_kiosks;
