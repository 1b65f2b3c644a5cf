//! The clinician's side: the day's list, marking arrived / seen / did not
//! come, templates and closures, answering a consultation.
