//! Time to build the result page's markup natively (a figure, not a test).
use bandian::app::state::State;
use bandian::calendar::Official;
use bandian::policy::{estimate, Readiness};
use std::time::Instant;

fn main() {
    bandian::i18n::ensure_all_for_tests();
    let pairs: Vec<(String, String)> = [
        ("customer", "small_micro"),
        ("kw", "150"),
        ("area", "urban"),
        ("date", "2026-11-26"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let today = bandian::calendar::parse_iso("2026-11-26").expect("date");
    let s = State::from_pairs(&pairs, None, today);
    let Readiness::Ready(a) = s.readiness() else {
        return;
    };
    let n = 200;
    let t = Instant::now();
    let mut len = 0;
    for _ in 0..n {
        let e = estimate(&a, &Official);
        len = bandian::view::main(&s, Some(&e), "https://x.test/?a=1", false).len();
    }
    println!(
        "result page markup: {:.3} ms each, {} bytes",
        t.elapsed().as_secs_f64() * 1000.0 / n as f64,
        len
    );
}
