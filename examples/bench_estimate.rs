//! `make bench`: native estimates per second (a figure to report, not a test).
//!
//! Every customer category at several capacities, dates and works, parsed from raw answers
//! as the app does, estimated, and written as the contract JSON. Prints the median of 7 runs.

use bandian::calendar::Official;
use bandian::policy::{estimate, Parsed, RawAnswers, Readiness};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let today = bandian::calendar::parse_iso("2026-11-26").expect("date");
    let mut sets = Vec::new();
    for customer in ["household", "small_micro", "other_org"] {
        for kw in ["8", "120", "160", "161", "500", "2000"] {
            for (supply, special) in [("single", "0"), ("single", "1"), ("dual", "0")] {
                for date in ["2022-06-01", "2026-02-13", "2026-11-26"] {
                    let pairs = [
                        ("customer", customer),
                        ("kw", kw),
                        ("area", "rural"),
                        ("supply", supply),
                        ("special", special),
                        ("date", date),
                        ("line_m", "150"),
                        ("dig_m", "40"),
                    ];
                    sets.push(RawAnswers::from_pairs(pairs));
                }
            }
        }
    }
    let answers: Vec<_> = sets
        .iter()
        .filter_map(|r| match Parsed::parse(r).readiness(today) {
            Readiness::Ready(a) => Some(a),
            _ => None,
        })
        .collect();

    let run = |f: &dyn Fn() -> usize| -> f64 {
        let mut rates: Vec<f64> = (0..7)
            .map(|_| {
                let start = Instant::now();
                let mut n = 0;
                while start.elapsed().as_millis() < 300 {
                    n += f();
                }
                n as f64 / start.elapsed().as_secs_f64()
            })
            .collect();
        rates.sort_by(f64::total_cmp);
        rates[3]
    };
    let estimates = run(&|| {
        for a in &answers {
            black_box(estimate(black_box(a), &Official));
        }
        answers.len()
    });
    let end_to_end = run(&|| {
        for r in &sets {
            if let Readiness::Ready(a) = Parsed::parse(black_box(r)).readiness(today) {
                black_box(estimate(&a, &Official).to_json());
            }
        }
        sets.len()
    });
    println!("native, {} answer sets (median of 7 runs):", answers.len());
    println!(
        "  estimates per second:                      {:>10.0}  ({:.1} µs each)",
        estimates,
        1e6 / estimates
    );
    println!(
        "  parse + estimate + JSON per second:        {:>10.0}  ({:.1} µs each)",
        end_to_end,
        1e6 / end_to_end
    );
}
