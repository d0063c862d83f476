//! One file per route.

pub mod data;
pub mod home;
pub mod not_found;
pub mod privacy;
pub mod team;
