//! Capacity helper: common equipment with typical ratings, counts in, a suggested capacity
//! out, with the arithmetic shown. Ratings are typical nameplate values, not policy.

/// A kind of equipment and its typical rating.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Equipment {
    pub id: &'static str,
    pub kw: f64,
}

/// Typical ratings, kW.
pub const EQUIPMENT: &[Equipment] = &[
    Equipment {
        id: "lighting",
        kw: 0.1,
    },
    Equipment {
        id: "ac_small",
        kw: 1.1,
    },
    Equipment {
        id: "ac_large",
        kw: 2.4,
    },
    Equipment {
        id: "water_heater",
        kw: 3.0,
    },
    Equipment {
        id: "induction_hob",
        kw: 2.2,
    },
    Equipment {
        id: "oven",
        kw: 3.0,
    },
    Equipment {
        id: "freezer",
        kw: 0.3,
    },
    Equipment {
        id: "computer",
        kw: 0.3,
    },
    Equipment {
        id: "motor_small",
        kw: 5.5,
    },
    Equipment {
        id: "motor_large",
        kw: 15.0,
    },
    Equipment {
        id: "welder",
        kw: 10.0,
    },
    Equipment {
        id: "ev_ac",
        kw: 7.0,
    },
    Equipment {
        id: "ev_dc",
        kw: 60.0,
    },
];

/// Not everything runs at once: the share of the connected load assumed to run together.
pub const SIMULTANEITY: f64 = 0.8;

/// The helper's arithmetic.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// (equipment, count, count × rating)
    pub lines: Vec<(Equipment, u32, f64)>,
    /// Sum of the lines, kW.
    pub connected: f64,
    pub factor: f64,
    /// connected × factor, rounded up to a whole kW.
    pub suggested: f64,
}

/// Suggest a capacity from counts (`None` when nothing is counted).
pub fn suggest(counts: &[(&str, u32)]) -> Option<Suggestion> {
    let lines: Vec<(Equipment, u32, f64)> = EQUIPMENT
        .iter()
        .filter_map(|e| {
            let n = counts
                .iter()
                .filter(|(id, _)| *id == e.id)
                .map(|(_, n)| *n)
                .sum::<u32>();
            (n > 0).then(|| (*e, n, round3(e.kw * f64::from(n))))
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let connected = round3(lines.iter().map(|l| l.2).sum());
    let suggested = (connected * SIMULTANEITY - 1e-9).ceil().max(1.0);
    Some(Suggestion {
        lines,
        connected,
        factor: SIMULTANEITY,
        suggested,
    })
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_shop() {
        let s = suggest(&[
            ("lighting", 20),
            ("ac_small", 3),
            ("freezer", 2),
            ("computer", 1),
        ])
        .expect("some");
        // 2.0 + 3.3 + 0.6 + 0.3 = 6.2 kW connected; × 0.8 = 4.96 → 5 kW.
        assert_eq!(s.connected, 6.2);
        assert_eq!(s.suggested, 5.0);
        assert_eq!(s.lines.len(), 4);
    }

    #[test]
    fn chargers_cross_the_line() {
        let s = suggest(&[("ev_dc", 3), ("ev_ac", 2)]).expect("some");
        assert_eq!(s.connected, 194.0);
        assert_eq!(s.suggested, 156.0);
        let s = suggest(&[("ev_dc", 4)]).expect("some");
        assert_eq!(s.suggested, 192.0);
    }

    #[test]
    fn nothing_counted() {
        assert_eq!(suggest(&[]), None);
        assert_eq!(suggest(&[("lighting", 0), ("unknown", 3)]), None);
        assert_eq!(suggest(&[("lighting", 1)]).map(|s| s.suggested), Some(1.0));
    }
}
