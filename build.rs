//! The `split` build of the app keeps its relocations, which the wasm splitter needs
//! (scripts/post_build.py).
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bin=digital-equity-workbench=--emit-relocs");
    }
}
