//! 办电自助测算: the binary only starts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    bandian::app::start();
}
