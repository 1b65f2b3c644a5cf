pub mod back_link;
pub mod chart;
pub mod errors;
pub mod keypad;
pub mod kiosk_timer;
pub mod layout;
pub mod settings;
pub mod table_scroll;
