//! What a fetch of code on demand (a page's chunk, Spanish, the codec) ends in when the
//! network drops before the offline copy was made: `ui::lazy` shows it, `ui::language`
//! passes it on.

/// A chunk of code could not be fetched.
#[derive(Clone, Copy)]
pub struct PageNotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PageNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PageNotLoaded
    }
}
