//! The result, in the order a customer needs it: tier, connection, dated timeline, documents,
//! approval, cost, how to apply and whom to call, reliability, rights — every line with its
//! basis — then the what-if comparison, the on-time tracker and the actions.

use super::markup::Markup;
use super::{button, title};
use crate::app::state::{Mode, State};
use crate::calendar::{Official, Span};
use crate::flow::Question;
use crate::i18n::Text;
use crate::policy::answers::Choice;
use crate::policy::clause::{Clause, Reading, Source, POLICY};
use crate::policy::rules::{
    ApprovalPath, Category, Estimate, Party, Refinement, Step, StepId, Timing, Trigger,
};
use crate::policy::tracker::{check, Status};
use crate::policy::whatif::{what_ifs, Change, WhatIf};
use crate::policy::Param;
use chrono::{Datelike, NaiveDate};
use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// "依据 / Basis": a native disclosure with the clauses an item rests on.
pub fn basis(m: &mut Markup, t: &Text, clauses: &[&Clause]) {
    let mut refs: Vec<&str> = Vec::new();
    for c in clauses {
        if !refs.contains(&c.reference) {
            refs.push(c.reference);
        }
    }
    m.open("details", &[("class", "basis")])
        .open("summary", &[])
        .text(t.basis());
    m.el("span", &[("class", "basis-refs")], &t.references(&refs));
    m.close("summary").open("ul", &[]);
    for c in clauses {
        let source = match c.source {
            Source::Policy => POLICY,
            Source::CivilCode => "《中华人民共和国民法典》",
        };
        // Where the language names the reference (English), the original numbering follows,
        // to find it by in the document.
        let named = t.reference(c.reference);
        let reference = if named == c.reference {
            named.into_owned()
        } else {
            format!("{named} ({})", c.reference)
        };
        m.open("li", &[])
            .el("cite", &[], &format!("{source} {reference}"));
        if let Some(en) = t.clause(c) {
            m.el("p", &[], en);
            m.open("blockquote", &[("lang", "zh-CN")]).el(
                "span",
                &[("class", "label")],
                &format!("{}: ", t.basis_original()),
            );
            m.text(crate::i18n::clause_original(c)).close("blockquote");
        } else {
            m.el("blockquote", &[], crate::i18n::clause_original(c));
        }
        m.close("li");
    }
    m.close("ul").close("details");
}

/// "Our reading": where an item rests on this project's reading, said beside its basis.
pub fn readings(m: &mut Markup, t: &Text, readings: &[Reading]) {
    for r in readings {
        m.el("p", &[("class", "reading small")], &t.reading(*r));
    }
}

fn cited_list(
    m: &mut Markup,
    t: &Text,
    items: impl IntoIterator<Item = (String, &'static [&'static Clause], &'static [Reading])>,
) {
    m.open("ul", &[("class", "cited")]);
    for (text, clauses, read) in items {
        m.open("li", &[]).text(&text);
        basis(m, t, clauses);
        readings(m, t, read);
        m.close("li");
    }
    m.close("ul");
}

/// A hotline: a `tel:` link, or plain text on a kiosk (nothing that leaves the app).
pub fn hotline(m: &mut Markup, t: &Text, number: &str, label: &str, plain: bool) {
    m.open("span", &[("class", "hotline")])
        .el("span", &[("class", "hotline-label")], label);
    if plain {
        m.el("strong", &[("class", "hotline-number")], number);
    } else {
        let href = format!("tel:{number}");
        m.el(
            "a",
            &[
                ("class", "hotline-number"),
                ("href", &href),
                ("aria-label", &t.call(number)),
            ],
            number,
        );
    }
    m.close("span");
}

/// Tier, category, connection and totals.
pub fn headline(t: &Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    let tier = e.tier.value;
    let class = format!("card headline tier-{}", tier.key());
    let conn = &e.connection.value;
    m.open("div", &[("class", &class)]);
    m.open("p", &[("class", "tier")])
        .el("span", &[("class", "badge")], t.tier(tier))
        .close("p");
    m.el("p", &[("class", "promise")], t.tier_promise(tier));
    basis(&mut m, t, e.tier.basis);
    readings(&mut m, t, e.tier.readings);
    m.el("p", &[("class", "category")], t.category(e.category.value));
    basis(&mut m, t, e.category.basis);
    m.open("p", &[("class", "connection")])
        .el("strong", &[], t.connection(conn.connection))
        .text(" ");
    m.text(&t.connection_reason(
        conn.connection,
        &conn.kw.to_string(),
        conn.cap,
        conn.phase,
        e.answers.area,
    ))
    .close("p");
    basis(&mut m, t, e.connection.basis);
    readings(&mut m, t, e.connection.readings);
    m.open("p", &[("class", "total")])
        .el("strong", &[], &t.supplier_days(e.supplier_days.value))
        .close("p");
    basis(&mut m, t, e.supplier_days.basis);
    readings(&mut m, t, e.supplier_days.readings);
    // The date power is on: within the whole-process limit, or dated to the end from the
    // customer's own design and construction days; else it depends on their works.
    let power_on = match (&e.whole_process, e.power_on_expected()) {
        (Some(w), _) => Some((
            t.whole_process(w.value.days, &t.date(w.value.due)),
            &w.value,
        )),
        (None, Some(span)) => Some((t.power_on_expected(&t.date(span.due)), span)),
        (None, None) => None,
    };
    match power_on {
        Some((text, span)) => {
            m.open("p", &[("class", "total")])
                .el("strong", &[], &text)
                .close("p");
            if span.provisional {
                m.el(
                    "p",
                    &[("class", "provisional small")],
                    &t.provisional(span.due.year()),
                );
            }
        }
        None => {
            m.el("p", &[("class", "small")], t.no_whole_process());
        }
    }
    m.close("div");
    m.into_string()
}

/// The outcome rows compared in the what-if table.
fn outcome_cells(t: &Text, e: &Estimate) -> [String; 5] {
    let o = e.outcome();
    let days = match o.whole_process_days {
        Some(w) => t.whatif_days_whole(o.supplier_days, w),
        None => t.days(o.supplier_days),
    };
    let approval = if o.approval.is_empty() {
        t.approval_not_set().to_string()
    } else {
        o.approval
            .iter()
            .map(|p| t.approval_path(*p))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    [
        t.tier(o.tier).to_string(),
        t.connection(o.connection).to_string(),
        days,
        approval,
        t.zero_investment(o.zero_investment).to_string(),
    ]
}

/// The side-by-side comparison at the thresholds (empty when nothing is near a line).
pub fn whatif_table(t: &Text, e: &Estimate, alternatives: &[WhatIf]) -> String {
    let mut m = Markup::new();
    if alternatives.is_empty() {
        return String::new();
    }
    m.open(
        "section",
        &[("class", "card whatif"), ("aria-labelledby", "h-whatif")],
    );
    let now = outcome_cells(t, e);
    let cols: Vec<[String; 5]> = alternatives
        .iter()
        .map(|w| outcome_cells(t, &w.estimate))
        .collect();
    m.el("h2", &[("id", "h-whatif")], t.whatif_title())
        .el("p", &[], t.whatif_intro());
    m.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "h-whatif"),
        ],
    );
    // Explicit roles: on a narrow screen the table is stacked (CSS), which must not cost it its
    // table semantics; each cell then shows its column's name (`data-label`).
    let mut heads = vec![t.whatif_now().to_string()];
    m.open("table", &[("role", "table")])
        .open("thead", &[("role", "rowgroup")])
        .open("tr", &[("role", "row")])
        .el("td", &[("role", "cell")], "")
        .el(
            "th",
            &[("scope", "col"), ("role", "columnheader")],
            t.whatif_now(),
        );
    for w in alternatives {
        let mut head = t.whatif_change(w.change);
        m.open("th", &[("scope", "col"), ("role", "columnheader")])
            .text(&head);
        if !w.assumed.is_empty() {
            let assumed = format!(" {}", t.whatif_assumed());
            m.el("span", &[("class", "small")], &assumed);
            head.push_str(&assumed);
        }
        m.close("th");
        heads.push(head);
    }
    m.close("tr")
        .close("thead")
        .open("tbody", &[("role", "rowgroup")]);
    for (i, label) in t.whatif_rows().iter().enumerate() {
        m.open("tr", &[("role", "row")]).el(
            "th",
            &[("scope", "row"), ("role", "rowheader")],
            label,
        );
        for (c, col) in std::iter::once(&now).chain(&cols).enumerate() {
            let differs = c > 0 && col[i] != now[i];
            m.el(
                "td",
                &[
                    ("role", "cell"),
                    ("data-label", &heads[c]),
                    (if differs { "class" } else { "" }, "differs"),
                ],
                &col[i],
            );
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
    m.open("div", &[("class", "whatif-actions no-print")]);
    for w in alternatives {
        let mut values = vec![format!(
            "{}={}",
            w.change.param().key(),
            change_value(w.change)
        )];
        values.extend(w.assumed.iter().map(|p| {
            format!(
                "{}={}",
                p.key(),
                if *p == Param::Supply { "single" } else { "0" }
            )
        }));
        let label = format!("{} →", t.whatif_change(w.change));
        m.el(
            "button",
            &[
                ("type", "button"),
                ("class", "btn-secondary small-btn"),
                ("data-act", "set"),
                ("data-value", &values.join("&")),
            ],
            &label,
        );
    }
    m.close("div").close("section");
    m.into_string()
}

fn change_value(c: Change) -> String {
    match c {
        Change::Kw(k) => k.to_string(),
        Change::Supply(s) => s.key().to_string(),
        Change::Special(b) => if b { "1" } else { "0" }.to_string(),
        Change::LineM(m) | Change::DigM(m) => m.to_string(),
    }
}

// The timeline picture's coordinate system (integers: no float formatting in the bundle).
const W: i64 = 640;
const ROW: i64 = 34;
const LEFT: i64 = 36;
const RIGHT: i64 = 8;

/// The picture: one row per step, bars over calendar days, non-working runs shaded.
fn picture(m: &mut Markup, t: &Text, e: &Estimate) {
    let start = e.date();
    let end = e
        .steps
        .iter()
        .filter_map(Step::due)
        .chain(e.whole_process.iter().map(|w| w.value.due))
        .fold(start, NaiveDate::max);
    let days = (end - start).num_days().max(1) + 1;
    let inner = W - LEFT - RIGHT;
    let x = |d: NaiveDate| LEFT + (d - start).num_days() * inner / days;
    let day_w = (inner / days).max(1);
    let rows = e.steps.len() as i64 + i64::from(e.whole_process.is_some());
    let h = rows * ROW + 30;
    let s = |v: i64| v.to_string();
    m.open("div", &[("class", "picture"), ("aria-hidden", "true")]);
    m.open(
        "svg",
        &[
            ("class", "timeline-svg"),
            ("viewBox", &format!("0 0 {W} {h}")),
            ("role", "img"),
            ("aria-label", t.timeline_visual_label()),
            ("focusable", "false"),
        ],
    );
    let spans = e
        .steps
        .iter()
        .filter_map(Step::span)
        .chain(e.whole_process.iter().map(|w| &w.value));
    for c in spans.flat_map(|sp: &Span| sp.closures.iter()) {
        m.void(
            "rect",
            &[
                ("class", "closed"),
                ("x", &s(x(c.from))),
                ("y", "0"),
                ("width", &s(x(c.to) - x(c.from) + day_w)),
                ("height", &s(h - 24)),
            ],
        );
    }
    let bar = |m: &mut Markup, i: i64, from: NaiveDate, to: NaiveDate, class: &str| {
        // The start day is not counted: the bar begins the next day and ends with the due day.
        let x0 = x(from) + day_w;
        let width = (x(to) + day_w - x0).max(day_w.max(4));
        m.void(
            "rect",
            &[
                ("class", class),
                ("x", &s(x0)),
                ("y", &s(i * ROW + 6)),
                ("width", &s(width)),
                ("height", "20"),
                ("rx", "4"),
            ],
        );
    };
    for (i, step) in e.steps.iter().enumerate() {
        let i = i as i64;
        m.el(
            "text",
            &[("class", "num"), ("x", "14"), ("y", &s(i * ROW + 21))],
            &s(i + 1),
        );
        match &step.timing {
            Timing::Dated(span) | Timing::UntilWholeProcess(span) => {
                let class = if step.responsible == Party::Customer {
                    "bar you"
                } else {
                    "bar company"
                };
                bar(m, i, span.start, span.due, class);
            }
            Timing::OwnWorks { from, to, .. } => bar(m, i, *from, *to, "bar you"),
            _ => {
                m.void(
                    "rect",
                    &[
                        ("class", "bar unknown"),
                        ("x", &s(W - 120)),
                        ("y", &s(i * ROW + 6)),
                        ("width", "110"),
                        ("height", "20"),
                        ("rx", "4"),
                    ],
                );
            }
        }
    }
    if let Some(w) = &e.whole_process {
        m.el(
            "text",
            &[
                ("class", "num"),
                ("x", "14"),
                ("y", &s((rows - 1) * ROW + 21)),
            ],
            "∑",
        );
        bar(m, rows - 1, w.value.start, w.value.due, "bar whole");
    }
    m.el(
        "text",
        &[("class", "axis"), ("x", &s(LEFT)), ("y", &s(h - 6))],
        &format!("{}/{}", start.month(), start.day()),
    );
    m.el(
        "text",
        &[
            ("class", "axis end"),
            ("x", &s(W - RIGHT)),
            ("y", &s(h - 6)),
        ],
        &format!("{}/{}", end.month(), end.day()),
    );
    m.close("svg").close("div");
}

fn span_details(m: &mut Markup, t: &Text, span: &Span) {
    m.open("p", &[("class", "due")])
        .el("strong", &[], &t.must_finish_by(&t.date(span.due)))
        .close("p");
    m.el(
        "p",
        &[("class", "small")],
        &t.counted_from(&t.date(span.start)),
    );
    for c in span
        .closures
        .iter()
        .filter(|c| c.holiday.is_some() || c.days > 2)
    {
        m.el(
            "p",
            &[("class", "closure small")],
            &t.closure(c, &t.date(c.from), &t.date(c.to)),
        );
    }
    if span.provisional {
        m.el(
            "p",
            &[("class", "provisional small")],
            &t.provisional(span.due.year()),
        );
    }
}

/// The dated timeline: the picture and the same data as an ordered list. Steps whose own
/// works are undated end with an empty `.own-works-slot` where the page puts its button.
pub fn timeline(t: &Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    let cat = e.category.value;
    m.el("h2", &[("id", "h-timeline")], t.timeline_title());
    m.open("div", &[("class", "timeline")]);
    picture(&mut m, t, e);
    m.open("ol", &[("class", "steps")]);
    for s in &e.steps {
        let yours = s.responsible == Party::Customer;
        m.open(
            "li",
            &[
                ("class", if yours { "step yours" } else { "step" }),
                ("data-step", s.id.key()),
            ],
        );
        m.open("h3", &[]).text(t.step_name(s.id, cat));
        m.el(
            "span",
            &[("class", if yours { "party you" } else { "party" })],
            if yours {
                t.party_you()
            } else {
                t.party_company()
            },
        );
        m.close("h3").el("p", &[], t.step_what(s.id, cat));
        if let Some(d) = s.days {
            m.el("p", &[("class", "limit")], &t.days(d));
        }
        if s.starred {
            m.el(
                "p",
                &[("class", "small starred")],
                &format!("* {}", t.starred()),
            );
        }
        match &s.timing {
            Timing::Dated(span) => span_details(&mut m, t, span),
            Timing::UntilWholeProcess(span) => {
                if let (Some(own), Some(w)) = (s.days, &e.whole_process) {
                    m.el(
                        "p",
                        &[("class", "small")],
                        &t.until_whole_process(own, w.value.days, &t.date(span.due)),
                    );
                }
                span_details(&mut m, t, span);
            }
            Timing::AfterCustomer(trigger) => {
                m.open("p", &[("class", "due")])
                    .el(
                        "strong",
                        &[],
                        &t.after_customer(*trigger, s.days.unwrap_or_default()),
                    )
                    .close("p");
            }
            Timing::OwnWorks { from, to, .. } => {
                let own = e.answers.own_works;
                let text = t.own_works_dated(
                    &t.date(*from),
                    &t.date(*to),
                    own.design_days.unwrap_or(0),
                    own.works_days.unwrap_or(0),
                );
                m.el("p", &[("class", "due")], &text);
            }
            Timing::OwnWorksUndated => {
                m.el("p", &[], t.own_works_undated());
            }
        }
        basis(&mut m, t, &s.basis);
        readings(&mut m, t, s.readings);
        m.close("li");
    }
    if let Some(w) = &e.whole_process {
        m.open(
            "li",
            &[("class", "step whole"), ("data-step", "whole_process")],
        );
        m.el(
            "h3",
            &[],
            &t.whole_process(w.value.days, &t.date(w.value.due)),
        );
        span_details(&mut m, t, &w.value);
        basis(&mut m, t, w.basis);
        m.close("li");
    }
    m.close("ol").close("div");
    m.el("p", &[("class", "small")], t.counting_note());
    basis(&mut m, t, e.counting);
    m.into_string()
}

/// The documents per step, as a checklist, with 一证受理.
pub fn documents(t: &Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    m.el("h2", &[("id", "h-docs")], t.documents_title());
    if let Some(d) = e
        .steps
        .iter()
        .flat_map(|s| &s.documents)
        .find(|d| d.enough_to_start)
    {
        m.open("p", &[("class", "one-document")])
            .el("strong", &[], &t.one_document(d.document))
            .close("p");
    }
    for s in e.steps.iter().filter(|s| !s.documents.is_empty()) {
        m.open("div", &[("class", "doc-step")])
            .el("h3", &[], t.step_name(s.id, e.category.value));
        m.open("ul", &[("class", "checklist")]);
        for (i, d) in s.documents.iter().enumerate() {
            let id = format!("doc-{}-{i}", s.id.key());
            m.open("li", &[])
                .void("input", &[("type", "checkbox"), ("id", &id)]);
            m.open("label", &[("for", &id)])
                .text(t.document(d.document));
            if s.id == StepId::Acceptance && !d.enough_to_start {
                m.el("span", &[("class", "tag")], t.may_follow());
            }
            m.close("label").close("li");
        }
        m.close("ul").close("div");
    }
    m.el("p", &[("class", "small")], t.documents_only_these());
    let mut clauses: Vec<&Clause> = Vec::new();
    for c in e
        .steps
        .iter()
        .flat_map(|s| s.basis.iter())
        .filter(|c| c.reference == "二(二)1")
    {
        if !clauses.contains(c) {
            clauses.push(c);
        }
    }
    basis(&mut m, t, &clauses);
    let mut read: Vec<Reading> = Vec::new();
    for s in &e.steps {
        for d in &s.documents {
            if let Some(r) = d.reading {
                if !read.contains(&r) {
                    read.push(r);
                }
            }
        }
    }
    readings(&mut m, t, &read);
    m.into_string()
}

/// The approval path, or every possible one. The page adds buttons for the deciding questions.
pub fn approval(t: &Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    let a = &e.approval;
    m.el("h2", &[("id", "h-approval")], t.approval_title());
    match a.path {
        None if !a.set_by_policy => {
            m.open("p", &[])
                .el("strong", &[], t.approval_not_set())
                .close("p");
            m.el("p", &[], &t.approval_not_set_desc());
        }
        Some(p) => {
            m.open("p", &[])
                .el("strong", &[], t.approval_path(p))
                .text(" · ")
                .text(&t.approval_days(p.days()))
                .close("p");
            m.el("p", &[], t.approval_desc(p));
        }
        None => {
            m.el("p", &[], t.approval_possible()).open("ul", &[]);
            for p in &a.possible {
                m.open("li", &[])
                    .el("strong", &[], t.approval_path(*p))
                    .text(" · ")
                    .text(&t.approval_days(p.days()));
                m.text(" — ").text(t.approval_desc(*p)).close("li");
            }
            m.close("ul");
        }
    }
    basis(&mut m, t, a.basis);
    readings(&mut m, t, a.readings);
    // Nobody applies for anything when no approval is needed, nor by this policy's paths when
    // it sets none.
    if a.path != Some(ApprovalPath::None) && a.set_by_policy {
        m.el("p", &[], t.approval_handler(a.handler.value));
        basis(&mut m, t, a.handler.basis);
        readings(&mut m, t, a.handler.readings);
    }
    if let Some(w) = &a.alongside_works {
        m.el("p", &[("class", "small")], t.approval_parallel_to_works());
        basis(&mut m, t, w.basis);
        readings(&mut m, t, w.readings);
    }
    m.into_string()
}

/// Cost, how to apply and whom to call, service, reliability and rights.
pub fn rest(t: &Text, e: &Estimate, kiosk: bool) -> String {
    let mut m = Markup::new();
    let card = |m: &mut Markup, id: &'static str| {
        m.open("section", &[("class", "card"), ("aria-labelledby", id)]);
    };
    card(&mut m, "h-cost");
    m.el("h2", &[("id", "h-cost")], t.cost_title());
    cited_list(
        &mut m,
        t,
        e.cost
            .items
            .iter()
            .map(|i| (t.cost_item(i.value), i.basis, i.readings)),
    );
    m.close("section");

    card(&mut m, "h-apply");
    m.el("h2", &[("id", "h-apply")], t.apply_title());
    cited_list(
        &mut m,
        t,
        e.channels
            .iter()
            .map(|c| (t.channel(c.value).to_string(), c.basis, c.readings)),
    );
    m.el("h3", &[], t.hotlines_title())
        .open("p", &[("class", "hotlines big")]);
    hotline(&mut m, t, "95598", t.hotline_power(), kiosk);
    hotline(&mut m, t, "12398", t.hotline_regulator(), kiosk);
    m.close("p");
    basis(&mut m, t, e.hotlines.basis);
    readings(&mut m, t, e.hotlines.readings);
    m.el("h3", &[], t.service_title())
        .el("p", &[], t.service(e.service.value));
    basis(&mut m, t, e.service.basis);
    m.close("section");

    card(&mut m, "h-reliability");
    let r = e.reliability.value;
    m.el("h2", &[("id", "h-reliability")], t.reliability_title());
    m.el(
        "p",
        &[],
        &t.reliability(r.area, r.hours, r.city_grid, r.grid_hours),
    );
    basis(&mut m, t, e.reliability.basis);
    readings(&mut m, t, e.reliability.readings);
    m.close("section");

    card(&mut m, "h-rights");
    m.el("h2", &[("id", "h-rights")], t.rights_title());
    cited_list(
        &mut m,
        t,
        e.rights
            .iter()
            .map(|r| (t.right(r.value).to_string(), r.basis, r.readings)),
    );
    m.close("section");
    m.into_string()
}

fn change_button(m: &mut Markup, q: Question, label: &str) {
    button(m, "link-button", &format!("change:{}", q.key()), label);
}

/// What a missing optional answer would refine, each a link to that question.
fn refinements(m: &mut Markup, t: &Text, e: &Estimate) {
    if e.refinements.is_empty() {
        return;
    }
    m.open(
        "section",
        &[
            ("class", "card refine no-print"),
            ("aria-labelledby", "h-refine"),
        ],
    );
    m.el("h2", &[("id", "h-refine")], t.refine_title())
        .open("ul", &[]);
    for r in &e.refinements {
        m.open("li", &[]);
        match r {
            Refinement::Approval(p) => {
                let q = Question::of(*p);
                change_button(m, q, t.question_title(q));
            }
            Refinement::OwnWorksDates => change_button(m, Question::OwnWorks, t.refine_own_works()),
            Refinement::DateAssumedToday => change_button(m, Question::Date, t.refine_date()),
        }
        m.close("li");
    }
    m.close("ul").close("section");
}

fn trigger(step: StepId) -> Trigger {
    match step {
        StepId::DesignReview => Trigger::DesignSubmitted,
        StepId::MidInspection => Trigger::InspectionRequested,
        _ => Trigger::WorksCompleted,
    }
}

/// A progress date's field as the customer sees it ("业务受理 · 供电公司办完的日期"), from its
/// URL key (`done_acceptance`, `from_connection`).
fn progress_field(t: &Text, key: &str, category: Category) -> String {
    let (started, id) = match (key.strip_prefix("from_"), key.strip_prefix("done_")) {
        (Some(id), _) => (true, id),
        (_, Some(id)) => (false, id),
        _ => return key.to_string(),
    };
    match StepId::ALL.into_iter().find(|s| s.key() == id) {
        Some(step) => format!(
            "{} · {}",
            t.step_name(step, category),
            if started {
                t.track_started(trigger(step))
            } else {
                t.track_finished()
            }
        ),
        None => key.to_string(),
    }
}

/// The id of the on-time summary, for the copy button.
pub const TRACK_SUMMARY_ID: &str = "track-summary";

/// "Am I on time?": date inputs per company step (`data-track` = the URL key), each step's
/// status, and when one is missed, whom to call and a ready-to-copy summary of the facts.
pub fn tracker(m: &mut Markup, s: &State, e: &Estimate) {
    let t = s.lang.text();
    let report = check(e, &s.progress, s.today, &Official);
    let open = s.tracking
        || !s.progress_errors.is_empty()
        || !s.progress.finished.is_empty()
        || !s.progress.started.is_empty();
    m.open(
        "section",
        &[
            ("class", "card tracker no-print"),
            ("aria-labelledby", "h-track"),
        ],
    );
    m.open("details", &[(if open { "open" } else { "" }, "")])
        .open("summary", &[]);
    m.el("h2", &[("id", "h-track")], t.track_title())
        .close("summary");
    m.el("p", &[], t.track_intro());
    if !s.progress_errors.is_empty() {
        m.el(
            "p",
            &[("class", "error"), ("role", "alert")],
            &format!(
                "{}{}{}",
                t.track_bad_date(),
                t.label_sep(),
                s.progress_errors
                    .iter()
                    .map(|key| progress_field(t, key, e.category.value))
                    .collect::<Vec<_>>()
                    .join(t.list_sep())
            ),
        );
    }
    m.open("ol", &[("class", "track-steps")]);
    for c in &report.checks {
        let missed = c.status.is_missed();
        m.open(
            "li",
            &[
                (
                    "class",
                    if missed {
                        "track-step missed"
                    } else {
                        "track-step"
                    },
                ),
                ("data-step", c.step.key()),
            ],
        );
        m.el(
            "h3",
            &[],
            &format!(
                "{} · {}",
                t.step_name(c.step, e.category.value),
                t.days(c.days)
            ),
        );
        // A finish before the start: the date typed is the problem, said at the field.
        let mistake = matches!(c.status, Status::FinishedBeforeStart { .. });
        let status_id = format!("status-{}", c.step.key());
        let date_input = |m: &mut Markup, key: String, label: &str, value: Option<NaiveDate>| {
            let id = key.replace('_', "-");
            let invalid = mistake && key.starts_with("done_");
            m.open("div", &[("class", "field inline")])
                .el("label", &[("for", &id)], label);
            let value = value.map(crate::calendar::iso).unwrap_or_default();
            m.void(
                "input",
                &[
                    ("id", &id),
                    ("type", "date"),
                    ("min", "2022-01-01"),
                    ("max", "2099-12-31"),
                    ("data-track", &key),
                    ("value", &value),
                    (if invalid { "aria-invalid" } else { "" }, "true"),
                    (if invalid { "aria-describedby" } else { "" }, &status_id),
                ],
            );
            m.close("div");
        };
        if let (true, Some(w)) = (c.until_whole_process, &e.whole_process) {
            m.el(
                "p",
                &[("class", "small")],
                &t.until_whole_process(c.days, w.value.days, &t.date(w.value.due)),
            );
        }
        if c.customer_starts {
            date_input(
                m,
                format!("from_{}", c.step.key()),
                t.track_started(trigger(c.step)),
                s.progress.started.get(c.step),
            );
        }
        date_input(
            m,
            format!("done_{}", c.step.key()),
            t.track_finished(),
            s.progress.finished.get(c.step),
        );
        m.open(
            "p",
            &[
                ("id", &status_id),
                (
                    "class",
                    match (missed, mistake) {
                        (true, _) => "status bad",
                        (_, true) => "status error",
                        _ => "status",
                    },
                ),
            ],
        );
        if missed || mistake {
            m.el("span", &[("aria-hidden", "true")], "⚠ ");
        }
        m.text(&t.track_status(&c.status)).close("p").close("li");
    }
    m.close("ol");
    if let Some(w) = &report.whole {
        m.open(
            "p",
            &[(
                "class",
                if w.status.is_missed() {
                    "status bad"
                } else {
                    "status"
                },
            )],
        );
        m.el(
            "strong",
            &[],
            &format!("{} · {} — ", t.track_whole(), t.days(w.days)),
        )
        .text(&t.track_status(&w.status))
        .close("p");
    }
    // Every missed deadline, the whole process's included, one sentence each.
    let clause = format!("{POLICY} {}", t.reference("附件1"));
    let fact = |step: Option<&str>, start: Option<NaiveDate>, days, status: &Status| {
        let (due, finished, late) = match *status {
            Status::Overdue { due, late } => (due, None, late),
            Status::Late {
                due,
                finished,
                late,
            } => (due, Some(finished), late),
            _ => return None,
        };
        let finished = finished.map(|f| t.date(f));
        Some(t.track_summary_line(
            step,
            &t.date(start?),
            days,
            &t.date(due),
            finished.as_deref(),
            late,
            &clause,
        ))
    };
    // A step that ends with the whole process is missed exactly when the whole process is:
    // the whole-process sentence says it.
    let mut lines: Vec<String> = report
        .checks
        .iter()
        .filter(|c| !c.until_whole_process)
        .filter_map(|c| {
            fact(
                Some(t.step_name(c.step, e.category.value)),
                c.start,
                c.days,
                &c.status,
            )
        })
        .collect();
    if let Some(w) = &report.whole {
        lines.extend(fact(None, Some(e.date()), w.days, &w.status));
    }
    let missed = (!lines.is_empty()).then(|| {
        lines.push(t.track_summary_close().to_string());
        lines.join("\n")
    });
    if let Some(summary) = missed {
        m.open("div", &[("class", "missed"), ("role", "status")])
            .open("p", &[])
            .el("strong", &[], t.track_missed())
            .close("p");
        m.open("p", &[("class", "hotlines")]);
        hotline(m, t, "95598", t.hotline_power(), s.mode == Mode::Kiosk);
        hotline(m, t, "12398", t.hotline_regulator(), s.mode == Mode::Kiosk);
        m.close("p");
        readings(m, t, e.hotlines.readings);
        m.el(
            "label",
            &[("for", TRACK_SUMMARY_ID), ("class", "sr-only")],
            t.track_copy(),
        );
        m.el(
            "textarea",
            &[("id", TRACK_SUMMARY_ID), ("readonly", ""), ("rows", "4")],
            &summary,
        );
        button(m, "btn-secondary", "copy", t.track_copy());
        m.close("div");
    }
    m.close("details").close("section");
}

/// A QR code as SVG, generated here (no network); nothing if the text is too long.
pub fn qr(m: &mut Markup, text: &str, label: &str) {
    // One byte segment and a fixed mask: a valid code without the mask-scoring search, which
    // would cost several KB of WebAssembly for no benefit to a scanner.
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let Ok(code) = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        Some(Mask::new(2)),
        true,
    ) else {
        return;
    };
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let view_box = format!("0 0 {0} {0}", size + 8);
    m.open(
        "svg",
        &[
            ("class", "qr"),
            ("viewBox", &view_box),
            ("role", "img"),
            ("aria-label", label),
            ("shape-rendering", "crispEdges"),
            ("data-text", text),
        ],
    );
    m.void(
        "rect",
        &[("width", "100%"), ("height", "100%"), ("fill", "#fff")],
    )
    .void("path", &[("d", &d), ("fill", "#000")])
    .close("svg");
}

/// The result screen. `share_url` is the result's address for another device (kiosk QR).
pub fn page(s: &State, e: &Estimate, share_url: &str) -> String {
    let t = s.lang.text();
    let kiosk = s.mode == Mode::Kiosk;
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("class", "page result"),
            ("data-tier", e.tier.value.key()),
            ("data-category", e.category.value.key()),
        ],
    );
    m.el(
        "p",
        &[("class", "print-only print-header")],
        &t.printed_on(&t.date(s.today)),
    );
    title(&mut m, t.result_title());
    m.raw(&headline(t, e));
    refinements(&mut m, t, e);
    m.raw(&whatif_table(t, e, &what_ifs(&e.answers, &Official)));

    m.open(
        "section",
        &[("class", "card"), ("aria-labelledby", "h-timeline")],
    )
    .raw(&timeline(t, e));
    // Wherever the customer's own durations would date the steps that wait for them.
    if e.refinements.contains(&Refinement::OwnWorksDates) {
        m.open("p", &[("class", "no-print")]);
        change_button(&mut m, Question::OwnWorks, t.own_works_add());
        m.close("p");
    }
    m.close("section");
    m.open(
        "section",
        &[("class", "card"), ("aria-labelledby", "h-docs")],
    )
    .raw(&documents(t, e))
    .close("section");
    let approval_key = e.approval.path.map_or("unknown", |p| p.key());
    m.open(
        "section",
        &[
            ("class", "card"),
            ("aria-labelledby", "h-approval"),
            ("data-approval", approval_key),
        ],
    )
    .raw(&approval(t, e));
    if !e.approval.deciding.is_empty() {
        m.el("p", &[("class", "no-print")], t.approval_decide_by())
            .open("ul", &[("class", "no-print")]);
        for p in &e.approval.deciding {
            let q = Question::of(*p);
            m.open("li", &[]);
            change_button(&mut m, q, t.question_title(q));
            m.close("li");
        }
        m.close("ul");
    }
    m.close("section").raw(&rest(t, e, kiosk));
    tracker(&mut m, s, e);

    m.open("section", &[("class", "card actions-card no-print")])
        .open("div", &[("class", "actions")]);
    button(&mut m, "btn-secondary", "print", t.print());
    if !kiosk {
        button(&mut m, "btn-secondary", "download", t.download());
    }
    button(&mut m, "btn-quiet", "back", t.back());
    button(&mut m, "btn-quiet", "restart", t.restart());
    m.close("div");
    if kiosk {
        m.open("figure", &[("class", "qr-box")]);
        qr(&mut m, share_url, t.qr_caption());
        m.el("figcaption", &[], t.qr_caption()).close("figure");
    }
    m.close("section");
    m.el(
        "p",
        &[("class", "print-only small")],
        &format!("{POLICY} · {}", t.footer_disclaimer()),
    );
    m.close("section");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::policy::{estimate, Parsed, RawAnswers, Readiness};

    fn est(pairs: &[(&str, &str)]) -> Estimate {
        crate::i18n::ensure_all_for_tests();
        let today = crate::calendar::parse_iso("2026-11-26").expect("date");
        match Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied())).readiness(today) {
            Readiness::Ready(a) => estimate(&a, &Official),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_timeline_reads_the_dates_and_the_holiday() {
        let e = est(&[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", "2026-09-30"),
        ]);
        let zh = timeline(Lang::Zh.text(), &e);
        assert!(
            zh.contains("供电公司须在 2026年10月8日（星期四） 前办完"),
            "{zh}"
        );
        assert!(zh.contains("国庆节假期"));
        let en = timeline(Lang::En.text(), &e);
        assert!(en.contains("The company must finish by Thu 8 Oct 2026"));
        assert!(en.contains("National Day holiday"));
        assert!(en.contains("民法典 第二百零一条"));
    }

    #[test]
    fn documents_and_one_document() {
        let e = est(&[
            ("customer", "other_org"),
            ("kw", "500"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "1"),
        ]);
        let html = documents(Lang::Zh.text(), &e);
        assert!(html.contains("“一证受理”：凭用电人有效身份证件就能开始申请"));
        assert!(html.contains("工程竣工报告（含竣工图纸）"));
        assert_eq!(html.matches("type=\"checkbox\"").count(), 3 + 2 + 2 + 1);
    }

    #[test]
    fn kiosk_hotlines_are_plain_text() {
        let e = est(&[("customer", "household"), ("kw", "8"), ("area", "urban")]);
        assert!(rest(Lang::Zh.text(), &e, false).contains("href=\"tel:95598\""));
        let kiosk = rest(Lang::Zh.text(), &e, true);
        assert!(!kiosk.contains("tel:") && kiosk.contains("12398"));
    }

    #[test]
    fn the_headline_says_when_power_is_on_when_it_can() {
        crate::i18n::ensure_all_for_tests();
        let zh = Lang::Zh.text();
        // A household: the whole-process limit; at the end of 2026 it ends in 2027, whose
        // holidays are not published: said so.
        let h = headline(
            zh,
            &est(&[
                ("customer", "household"),
                ("kw", "8"),
                ("area", "urban"),
                ("date", "2026-12-30"),
            ]),
        );
        assert!(
            h.contains("全过程（含接电工程施工）不超过 3 个工作日：最晚 2027年1月4日"),
            "{h}"
        );
        assert!(h.contains("2027年节假日安排尚未公布"));
        // High voltage with the customer's own days: the expected power-on date.
        let hv = [
            ("customer", "other_org"),
            ("kw", "500"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "1"),
            ("date", "2026-11-26"),
        ];
        let mut dated = hv.to_vec();
        dated.extend([("design_d", "30"), ("works_d", "60")]);
        let h = headline(zh, &est(&dated));
        assert!(
            h.contains("按您填写的设计和施工天数推算：预计 2027年3月22日"),
            "{h}"
        );
        assert!(!h.contains("还取决于您自己的工程进度"));
        // Without them, or for a low-voltage customer with no whole-process limit: it depends.
        for pairs in [
            hv.to_vec(),
            vec![("customer", "other_org"), ("kw", "50"), ("area", "urban")],
        ] {
            let h = headline(zh, &est(&pairs));
            assert!(h.contains("全过程时间还取决于您自己的工程进度。"), "{h}");
            assert!(!h.contains("预计"));
        }
    }

    #[test]
    fn the_headline_basis_reads_in_both_languages() {
        let e = est(&[
            ("customer", "small_micro"),
            ("kw", "120"),
            ("area", "rural"),
        ]);
        let html = headline(Lang::En.text(), &e);
        assert!(html.contains("宿发改能源函〔2021〕37号 Task list, item 1 (台账1)"));
        assert!(html.contains("<span class=\"basis-refs\">Part 1; Task list, item 1</span>"));
        let zh = headline(Lang::Zh.text(), &e);
        assert!(zh.contains("宿发改能源函〔2021〕37号 台账1") && zh.contains(">一、台账1<"));
        assert!(html.contains("Three-Zero service"));
    }
}

#[cfg(test)]
mod page_tests {
    use super::*;

    fn state(pairs: &[(&str, &str)]) -> State {
        crate::i18n::ensure_all_for_tests();
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        State::from_pairs(
            &pairs,
            None,
            crate::calendar::parse_iso("2026-11-26").expect("date"),
        )
    }

    fn result_of(s: &State) -> String {
        crate::i18n::ensure_all_for_tests();
        let crate::policy::Readiness::Ready(a) = s.readiness() else {
            panic!("ready")
        };
        page(
            s,
            &crate::policy::estimate(&a, &Official),
            "https://example.test/?kw=1",
        )
    }

    #[test]
    fn the_whole_page_in_order() {
        let html = result_of(&state(&[
            ("customer", "small_micro"),
            ("kw", "150"),
            ("area", "urban"),
        ]));
        let order = [
            "“三零”服务",
            "h-refine",
            "h-whatif",
            "h-timeline",
            "h-docs",
            "h-approval",
            "h-cost",
            "h-apply",
            "h-reliability",
            "h-rights",
            "h-track",
            "data-act=\"print\"",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|k| html.find(k).unwrap_or_else(|| panic!("{k} missing")))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
        assert!(
            html.contains("data-act=\"set\" data-value=\"kw=161&amp;supply=single&amp;special=0\"")
        );
        assert!(!html.contains("class=\"qr\""));
    }

    #[test]
    fn the_kiosk_gets_a_qr_code_and_no_download() {
        let html = result_of(&state(&[
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("mode", "kiosk"),
        ]));
        assert!(
            html.contains("class=\"qr\"")
                && html.contains("data-text=\"https://example.test/?kw=1\"")
        );
        assert!(!html.contains("data-act=\"download\""));
    }

    /// The part of `html` from `open` to the first `close` after it.
    fn part<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
        let from = html.find(open)?;
        let len = html[from..].find(close)?;
        Some(&html[from..from + len + close.len()])
    }

    #[test]
    fn a_missed_deadline_says_whom_to_call_and_what_to_say() {
        let household = [
            ("customer", "household"),
            ("kw", "8"),
            ("area", "urban"),
            ("date", "2026-11-02"),
        ];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut p = household.to_vec();
            p.extend_from_slice(extra);
            result_of(&state(&p))
        };
        // Acceptance due Tue 3 Nov, done Fri 6 Nov: late. The box that says so names both
        // hotlines, as links, with what each is for, and the facts to copy.
        let html = with(&[("done_acceptance", "2026-11-06")]);
        let missed = part(&html, "<div class=\"missed\"", "</div>").expect("the missed box");
        assert!(missed.contains("有环节超时了：请先拨打 95598"), "{missed}");
        for (label, number) in [("供电服务热线", "95598"), ("能源监管热线", "12398")] {
            let line = missed
                .split("<span class=\"hotline\">")
                .skip(1)
                .find(|h| h.contains(label))
                .unwrap_or_else(|| panic!("{label} in {missed}"));
            assert!(line.contains(&format!("href=\"tel:{number}\"")), "{line}");
            assert!(line.contains(&format!(">{number}</a>")), "{line}");
        }
        let summary =
            part(missed, "<textarea id=\"track-summary\"", "</textarea>").expect("the summary");
        assert!(
            summary.contains("“业务受理”环节自2026年11月2日（星期一）起算"),
            "{summary}"
        );
        assert!(missed.contains("data-act=\"copy\""));
        // On time: no such box, though the page still lists the hotlines elsewhere.
        let on_time = with(&[
            ("done_acceptance", "2026-11-03"),
            ("done_connection", "2026-11-05"),
        ]);
        assert!(
            !on_time.contains("class=\"missed\""),
            "no missed box when on time"
        );
        assert!(on_time.contains("95598") && on_time.contains("12398"));
        // On a kiosk the numbers in the box are plain text.
        let mut kiosk = household.to_vec();
        kiosk.extend([("done_acceptance", "2026-11-06"), ("mode", "kiosk")]);
        let html = result_of(&state(&kiosk));
        let missed = part(&html, "<div class=\"missed\"", "</div>").expect("the missed box");
        assert!(missed.contains(">95598</strong>") && missed.contains(">12398</strong>"));
        assert!(!missed.contains("tel:"));
    }

    #[test]
    fn every_basis_names_its_clause() {
        // Whole result pages, both languages, every category and the optional answers.
        let cases: [&[(&str, &str)]; 5] = [
            &[
                ("customer", "household"),
                ("kw", "8"),
                ("area", "urban"),
                ("date", "2026-09-30"),
            ],
            &[
                ("customer", "small_micro"),
                ("kw", "150"),
                ("area", "rural"),
                ("line_m", "220"),
                ("dig_m", "95"),
                ("city_core", "1"),
                ("builder", "own"),
            ],
            &[
                ("customer", "other_org"),
                ("kw", "100"),
                ("area", "town"),
                ("use", "ev"),
            ],
            &[
                ("customer", "other_org"),
                ("kw", "500"),
                ("area", "urban"),
                ("supply", "single"),
                ("special", "1"),
                ("line_m", "250"),
                ("dig_m", "50"),
                ("design_d", "30"),
                ("works_d", "60"),
            ],
            &[
                ("customer", "small_micro"),
                ("kw", "800"),
                ("area", "center"),
                ("supply", "dual"),
                ("special", "0"),
                ("use", "temporary"),
            ],
        ];
        for case in cases {
            for lang in ["zh", "en"] {
                let mut pairs = case.to_vec();
                pairs.push(("lang", lang));
                let html = result_of(&state(&pairs));
                let blocks: Vec<&str> = html
                    .split("<details class=\"basis\">")
                    .skip(1)
                    .map(|b| &b[..b.find("</details>").expect("closed")])
                    .collect();
                assert!(
                    blocks.len() >= 20,
                    "{lang} {case:?}: only {} bases",
                    blocks.len()
                );
                for b in &blocks {
                    let refs = part(b, "<span class=\"basis-refs\">", "</span>").expect("refs");
                    let refs =
                        &refs["<span class=\"basis-refs\">".len()..refs.len() - "</span>".len()];
                    assert!(!refs.trim().is_empty(), "{b}");
                    let items: Vec<&str> = b.split("<li>").skip(1).collect();
                    assert!(!items.is_empty(), "a basis without a clause: {b}");
                    for item in items {
                        let cite = part(item, "<cite>", "</cite>").expect("every clause is cited");
                        let cite = &cite["<cite>".len()..cite.len() - "</cite>".len()];
                        let reference = cite
                            .strip_prefix("宿发改能源函〔2021〕37号 ")
                            .or_else(|| cite.strip_prefix("《中华人民共和国民法典》 "))
                            .unwrap_or_else(|| panic!("names its document: {cite}"));
                        // English names the clause with the original numbering after it.
                        let named = match reference.rfind(" (") {
                            Some(i) if lang == "en" => &reference[..i],
                            _ => reference,
                        };
                        assert!(!named.trim().is_empty(), "{cite}");
                        // A note after its own attachment is named by the note alone
                        // ("附件1及注2", "Annex 1 and its note 2").
                        let (head, note) = match lang {
                            "en" => named
                                .split_once(", note ")
                                .map(|(h, n)| (h, format!("note {n}"))),
                            _ => named.split_once(" 注").map(|(h, n)| (h, format!("注{n}"))),
                        }
                        .unwrap_or((named, named.to_string()));
                        assert!(
                            refs.contains(named) || (refs.contains(head) && refs.contains(&note)),
                            "the summary {refs:?} names {named:?}"
                        );
                        let quote =
                            part(item, "<blockquote", "</blockquote>").expect("the passage");
                        assert!(
                            quote.len() > "<blockquote></blockquote>".len() + 10,
                            "{quote}"
                        );
                    }
                }
                // Every card that states what the policy says has its basis, and so does every step.
                for card in [
                    "h-timeline",
                    "h-docs",
                    "h-approval",
                    "h-cost",
                    "h-apply",
                    "h-reliability",
                    "h-rights",
                ] {
                    let section = part(&html, &format!("aria-labelledby=\"{card}\""), "</section>")
                        .expect(card);
                    assert!(
                        section.contains("<details class=\"basis\">"),
                        "{lang} {card} without a basis"
                    );
                }
                let headline =
                    part(&html, "<div class=\"card headline", "</details>").expect("headline");
                assert!(headline.contains("<details class=\"basis\">"));
                let steps = part(&html, "<ol class=\"steps\">", "</ol>").expect("steps");
                for step in steps.split("<li class=\"step").skip(1) {
                    assert!(
                        step.contains("<details class=\"basis\">"),
                        "{lang}: a step without a basis: {step}"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tracker_tests {
    use super::*;
    use crate::app::state::Action;
    use crate::policy::tracker::Progress;

    fn state(pairs: &[(&str, &str)]) -> State {
        crate::i18n::ensure_all_for_tests();
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        State::from_pairs(
            &pairs,
            None,
            crate::calendar::parse_iso("2026-11-26").expect("date"),
        )
    }

    fn tracker_of(s: &State) -> String {
        let crate::policy::Readiness::Ready(a) = s.readiness() else {
            panic!("ready")
        };
        let mut m = Markup::new();
        tracker(&mut m, s, &crate::policy::estimate(&a, &Official));
        m.into_string()
    }

    const SMALL: [(&str, &str); 3] = [("customer", "small_micro"), ("kw", "50"), ("area", "urban")];

    #[test]
    fn closed_until_used_then_stays_open() {
        let s = state(&SMALL);
        assert!(tracker_of(&s).contains("<details>"));
        // The customer enters a date, then clears it: still open where they left it.
        let s = s.apply(Action::SetProgress(Progress::default()));
        assert!(tracker_of(&s).contains("<details open"));
        // A new customer starts closed again.
        let s = s.apply(Action::Restart);
        let s = s.apply(Action::SetAnswers(vec![
            (crate::policy::Param::Customer, "small_micro".into()),
            (crate::policy::Param::Kw, "50".into()),
            (crate::policy::Param::Area, "urban".into()),
        ]));
        assert!(tracker_of(&s).contains("<details>"));
    }

    #[test]
    fn a_bad_date_in_the_url_opens_it_with_the_message() {
        let mut pairs = SMALL.to_vec();
        pairs.push(("done_acceptance", "2026-13-45"));
        let html = tracker_of(&state(&pairs));
        assert!(html.contains("<details open"), "{html}");
        assert!(
            html.contains("请输入有效日期：业务受理 · 供电公司办完的日期"),
            "{html}"
        );
        let mut pairs = SMALL.to_vec();
        pairs.extend([
            ("done_acceptance", "junk"),
            ("done_connection", "2026-02-30"),
            ("lang", "en"),
        ]);
        let html = tracker_of(&state(&pairs));
        let alert = html
            .split("role=\"alert\">")
            .nth(1)
            .and_then(|rest| rest.split("</p>").next())
            .expect("the message");
        assert_eq!(
            alert,
            "Enter a valid date: Acceptance · Date the company finished, \
             Works and connection · Date the company finished"
        );
    }
}

/// What the corrected readings of the policy show (issue 12): the facts come from the core, the
/// page only says them.
#[cfg(test)]
mod policy_reading_tests {
    use super::*;

    fn state(pairs: &[(&str, &str)]) -> State {
        crate::i18n::ensure_all_for_tests();
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        State::from_pairs(
            &pairs,
            None,
            crate::calendar::parse_iso("2026-11-26").expect("date"),
        )
    }

    /// The page's text as read: tags dropped, the escapes the markup writes undone.
    fn result_of(pairs: &[(&str, &str)]) -> String {
        let s = state(pairs);
        let crate::policy::Readiness::Ready(a) = s.readiness() else {
            panic!("ready")
        };
        let html = page(&s, &crate::policy::estimate(&a, &Official), "");
        let mut text = String::new();
        let mut in_tag = false;
        for ch in html.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn three_zero_works_and_connection_shows_both_figures() {
        let q = [
            ("customer", "small_micro"),
            ("kw", "120"),
            ("area", "rural"),
            ("date", "2026-11-26"),
        ];
        let zh = result_of(&q);
        assert!(
            zh.contains("供电公司须在 2026年12月4日（星期五） 前办完"),
            "{zh}"
        );
        assert!(zh.contains(
            "供电公司自身办理 2 个工作日（验收、装表、送电）；连同接电工程施工，最晚在全过程第 6 个工作日（2026年12月4日（星期五））完成。"
        ));
        assert!(
            !zh.contains("2026年12月1日"),
            "not 2 days after the acceptance"
        );
        let en = result_of(&[&q[..], &[("lang", "en")]].concat());
        assert!(
            en.contains("The company's own time: 2 working days"),
            "{en}"
        );
        assert!(en.contains("Our reading: Annex 1 gives these customers 3 working days in total"));
    }

    #[test]
    fn standard_low_voltage_sees_a_relative_deadline() {
        let zh = result_of(&[
            ("customer", "other_org"),
            ("kw", "100"),
            ("area", "town"),
            ("date", "2026-11-26"),
        ]);
        assert!(zh.contains("您报告工程竣工后 2 个工作日内办完"));
        assert!(!zh.contains("2026年12月3日"));
        assert!(zh.contains("我们的理解：附件1 对这类用户没有全过程时限"));
        assert!(zh.contains("红线内的工程由您出资，所有用户都一样。"));
        assert!(zh.contains("我们的理解：政策没有说城镇算城市还是农村"));
    }

    #[test]
    fn above_10kv_says_the_policy_sets_no_approval() {
        let zh = result_of(&[
            ("customer", "other_org"),
            ("kw", "20000"),
            ("area", "urban"),
            ("supply", "single"),
            ("special", "0"),
            ("dig_m", "50"),
        ]);
        assert!(zh.contains("本政策未规定：请向供电公司咨询"));
        assert!(zh.contains("您的容量超过 10000 千瓦"));
        assert!(
            !zh.contains("一口申请、一窗受理"),
            "no handler for a path the policy does not set"
        );
    }

    #[test]
    fn a_three_zero_business_finishing_on_day_5_is_on_time() {
        let html = result_of(&[
            ("customer", "small_micro"),
            ("kw", "50"),
            ("area", "urban"),
            ("date", "2026-11-02"),
            ("done_acceptance", "2026-11-03"),
            ("done_connection", "2026-11-09"),
        ]);
        assert!(!html.contains("有环节超时了"), "nothing to complain about");
        assert!(html.contains("按时办完（期限 2026年11月10日（星期二））"));
        assert!(!html.contains("⚠"));
    }

    #[test]
    fn a_dual_supply_user_is_told_once_why_six_steps() {
        let zh = result_of(&[
            ("customer", "other_org"),
            ("kw", "800"),
            ("area", "urban"),
            ("supply", "dual"),
        ]);
        // Said once, beside the company's total (30), not at every starred step.
        assert_eq!(zh.matches("本工具把双电源用户看作多电源用户").count(), 1);
        assert!(!zh.contains("普通用户：4 个环节"));
    }
}
