//! The self-assessment (PRODUCT.md §2): the content (areas, indicators, level descriptors),
//! ratings by one or more raters, consensus, and the summaries of the results page.

pub mod content;
