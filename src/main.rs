//! 办电自助测算: the binary only starts the app; everything else lives in the library.

fn main() {
    bandian::app::start();
}
