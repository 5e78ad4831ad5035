//! Capacity helper: common equipment with typical ratings, counts in, a suggested capacity
//! out, with the arithmetic shown. Ratings are typical nameplate values, not policy.

/// A kind of equipment and its typical rating, in thousandths of a kW (watts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Equipment {
    pub id: &'static str,
    pub milli_kw: u32,
}

/// Typical ratings.
pub const EQUIPMENT: &[Equipment] = &[
    Equipment {
        id: "lighting",
        milli_kw: 100,
    },
    Equipment {
        id: "ac_small",
        milli_kw: 1_100,
    },
    Equipment {
        id: "ac_large",
        milli_kw: 2_400,
    },
    Equipment {
        id: "water_heater",
        milli_kw: 3_000,
    },
    Equipment {
        id: "induction_hob",
        milli_kw: 2_200,
    },
    Equipment {
        id: "oven",
        milli_kw: 3_000,
    },
    Equipment {
        id: "freezer",
        milli_kw: 300,
    },
    Equipment {
        id: "computer",
        milli_kw: 300,
    },
    Equipment {
        id: "motor_small",
        milli_kw: 5_500,
    },
    Equipment {
        id: "motor_large",
        milli_kw: 15_000,
    },
    Equipment {
        id: "welder",
        milli_kw: 10_000,
    },
    Equipment {
        id: "ev_ac",
        milli_kw: 7_000,
    },
    Equipment {
        id: "ev_dc",
        milli_kw: 60_000,
    },
];

/// Not everything runs at once: the share of the connected load assumed to run together,
/// as a fraction (4/5) and as shown to the customer.
pub const SIMULTANEITY: (u64, u64) = (4, 5);
pub const SIMULTANEITY_TEXT: &str = "0.8";

/// The helper's arithmetic, in thousandths of a kW.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// (equipment, count, count × rating)
    pub lines: Vec<(Equipment, u32, u64)>,
    /// Sum of the lines.
    pub connected: u64,
    /// connected × factor, rounded up to a whole kW (at least 1 kW).
    pub suggested: u64,
}

/// Counts as typed, by equipment id: those that read as counts, and the ids of those that do not
/// (left out of the sum, and said so).
pub fn read_counts<'a>(typed: &[(&'a str, &str)]) -> (Vec<(&'a str, u32)>, Vec<&'a str>) {
    let mut counts = Vec::new();
    let mut unreadable = Vec::new();
    for (id, text) in typed {
        match super::answers::parse_count(text) {
            Ok(n) => counts.push((*id, n)),
            Err(_) => unreadable.push(*id),
        }
    }
    (counts, unreadable)
}

/// Suggest a capacity from counts (`None` when nothing is counted).
pub fn suggest(counts: &[(&str, u32)]) -> Option<Suggestion> {
    let lines: Vec<(Equipment, u32, u64)> = EQUIPMENT
        .iter()
        .filter_map(|e| {
            let n = counts
                .iter()
                .filter(|(id, _)| *id == e.id)
                .map(|(_, n)| *n)
                .sum::<u32>();
            (n > 0).then(|| (*e, n, u64::from(e.milli_kw) * u64::from(n)))
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let connected: u64 = lines.iter().map(|l| l.2).sum();
    let (num, den) = SIMULTANEITY;
    let suggested = (connected * num).div_ceil(den * 1000).max(1) * 1000;
    Some(Suggestion {
        lines,
        connected,
        suggested,
    })
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
        assert_eq!(s.connected, 6_200);
        assert_eq!(s.suggested, 5_000);
        assert_eq!(s.lines.len(), 4);
    }

    #[test]
    fn chargers_cross_the_line() {
        let s = suggest(&[("ev_dc", 3), ("ev_ac", 2)]).expect("some");
        assert_eq!(s.connected, 194_000);
        assert_eq!(s.suggested, 156_000);
        let s = suggest(&[("ev_dc", 4)]).expect("some");
        assert_eq!(s.suggested, 192_000);
        // Exactly on a whole kW stays there.
        assert_eq!(suggest(&[("ev_ac", 5)]).map(|s| s.suggested), Some(28_000));
    }

    #[test]
    fn counts_as_typed() {
        let (counts, unreadable) = read_counts(&[
            ("lighting", " 20 "),
            ("ac_small", "３"),
            ("freezer", ""),
            ("computer", "2台"),
            ("oven", "abc"),
            ("motor", "-1"),
            ("ev_ac", "1.5"),
            ("ev_dc", "10001"),
        ]);
        assert_eq!(
            counts,
            [
                ("lighting", 20),
                ("ac_small", 3),
                ("freezer", 0),
                ("computer", 2)
            ]
        );
        assert_eq!(unreadable, ["oven", "motor", "ev_ac", "ev_dc"]);
    }

    #[test]
    fn nothing_counted() {
        assert_eq!(suggest(&[]), None);
        assert_eq!(suggest(&[("lighting", 0), ("unknown", 3)]), None);
        assert_eq!(
            suggest(&[("lighting", 1)]).map(|s| s.suggested),
            Some(1_000)
        );
    }
}
