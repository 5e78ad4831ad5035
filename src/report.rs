//! The read-only sections of the result page, as escaped HTML ([`crate::markup`]). Pure:
//! estimate and language in, text out — tested natively for what the customer reads.

use crate::calendar::Span;
use crate::i18n::{Lang, Text};
use crate::markup::Markup;
use crate::policy::clause::{Clause, Source, POLICY};
use crate::policy::rules::{Estimate, Party, Step, StepId, Timing};
use crate::policy::whatif::WhatIf;
use chrono::{Datelike, NaiveDate};

/// "依据 / Basis": a native disclosure with the clauses an item rests on.
pub fn basis(m: &mut Markup, t: &dyn Text, clauses: &[&Clause]) {
    let mut refs: Vec<&str> = Vec::new();
    for c in clauses {
        if !refs.contains(&c.reference) {
            refs.push(c.reference);
        }
    }
    m.open("details", &[("class", "basis")]).open("summary", &[]).text(t.basis());
    m.el("span", &[("class", "basis-refs")], &refs.join(if t.lang() == Lang::Zh { "、" } else { ", " }));
    m.close("summary").open("ul", &[]);
    for c in clauses {
        let source = match c.source {
            Source::Policy => POLICY,
            Source::CivilCode => "《中华人民共和国民法典》",
        };
        m.open("li", &[]).el("cite", &[], &format!("{source} {}", c.reference));
        if t.lang() == Lang::En {
            m.el("p", &[], c.en);
            m.open("blockquote", &[("lang", "zh-CN")]).el("span", &[("class", "label")], &format!("{}: ", t.basis_original()));
            m.text(c.zh).close("blockquote");
        } else {
            m.el("blockquote", &[], c.zh);
        }
        m.close("li");
    }
    m.close("ul").close("details");
}

fn cited_list(m: &mut Markup, t: &dyn Text, items: impl IntoIterator<Item = (String, &'static [&'static Clause])>) {
    m.open("ul", &[("class", "cited")]);
    for (text, clauses) in items {
        m.open("li", &[]).text(&text);
        basis(m, t, clauses);
        m.close("li");
    }
    m.close("ul");
}

/// A hotline: a `tel:` link, or plain text on a kiosk (nothing that leaves the app).
pub fn hotline(m: &mut Markup, t: &dyn Text, number: &str, label: &str, plain: bool) {
    m.open("span", &[("class", "hotline")]).el("span", &[("class", "hotline-label")], label);
    if plain {
        m.el("strong", &[("class", "hotline-number")], number);
    } else {
        let href = format!("tel:{number}");
        m.el("a", &[("class", "hotline-number"), ("href", &href), ("aria-label", &t.call(number))], number);
    }
    m.close("span");
}

/// Tier, category, connection and totals.
pub fn headline(t: &dyn Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    let tier = e.tier.value;
    let class = format!("card headline tier-{}", tier.key());
    let conn = &e.connection.value;
    m.open("div", &[("class", &class)]);
    m.open("p", &[("class", "tier")]).el("span", &[("class", "badge")], t.tier(tier)).close("p");
    m.el("p", &[("class", "promise")], t.tier_promise(tier));
    basis(&mut m, t, e.tier.basis);
    m.el("p", &[("class", "category")], t.category(e.category.value));
    basis(&mut m, t, e.category.basis);
    m.open("p", &[("class", "connection")]).el("strong", &[], t.connection(conn.connection)).text(" ");
    m.text(&t.connection_reason(conn.connection, &conn.kw.to_string(), conn.cap, conn.phase, e.answers.area)).close("p");
    basis(&mut m, t, e.connection.basis);
    m.open("p", &[("class", "total")]).el("strong", &[], &t.supplier_days(e.supplier_days.value)).close("p");
    basis(&mut m, t, e.supplier_days.basis);
    match &e.whole_process {
        Some(w) => {
            m.open("p", &[("class", "total")]).el("strong", &[], &t.whole_process(w.value.days, &t.date(w.value.due))).close("p");
        }
        None => {
            m.el("p", &[("class", "small")], t.no_whole_process());
        }
    }
    m.close("div");
    m.into_string()
}

/// The outcome rows compared in the what-if table.
fn outcome_cells(t: &dyn Text, e: &Estimate) -> [String; 5] {
    let o = e.outcome();
    let days = match o.whole_process_days {
        Some(w) => format!("{} / {}", t.days(o.supplier_days), t.days(w)),
        None => t.days(o.supplier_days),
    };
    let approval = o.approval.iter().map(|p| t.approval_path(*p)).collect::<Vec<_>>().join(" / ");
    [t.tier(o.tier).to_string(), t.connection(o.connection).to_string(), days, approval, t.zero_investment(o.zero_investment).to_string()]
}

/// The side-by-side comparison at the thresholds (empty when nothing is near a line).
pub fn whatif_table(t: &dyn Text, e: &Estimate, alternatives: &[WhatIf]) -> String {
    let mut m = Markup::new();
    if alternatives.is_empty() {
        return String::new();
    }
    let now = outcome_cells(t, e);
    let cols: Vec<[String; 5]> = alternatives.iter().map(|w| outcome_cells(t, &w.estimate)).collect();
    m.el("h2", &[("id", "h-whatif")], t.whatif_title()).el("p", &[], t.whatif_intro());
    m.open("div", &[("class", "table-scroll"), ("tabindex", "0"), ("role", "region"), ("aria-labelledby", "h-whatif")]);
    m.open("table", &[]).open("thead", &[]).open("tr", &[]).el("td", &[], "").el("th", &[("scope", "col")], t.whatif_now());
    for w in alternatives {
        m.open("th", &[("scope", "col")]).text(&t.whatif_change(w.change));
        if !w.assumed.is_empty() {
            m.el("span", &[("class", "small")], &format!(" {}", t.whatif_assumed()));
        }
        m.close("th");
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for (i, label) in t.whatif_rows().iter().enumerate() {
        m.open("tr", &[]).el("th", &[("scope", "row")], label).el("td", &[], &now[i]);
        for col in &cols {
            let class = if col[i] != now[i] { "differs" } else { "" };
            m.el("td", &[(if class.is_empty() { "" } else { "class" }, class)], &col[i]);
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
    m.into_string()
}

// The timeline picture's coordinate system (integers: no float formatting in the bundle).
const W: i64 = 640;
const ROW: i64 = 34;
const LEFT: i64 = 36;
const RIGHT: i64 = 8;

/// The picture: one row per step, bars over calendar days, non-working runs shaded.
fn picture(m: &mut Markup, t: &dyn Text, e: &Estimate) {
    let start = e.date();
    let end = e.steps.iter().filter_map(Step::due).chain(e.whole_process.iter().map(|w| w.value.due)).fold(start, NaiveDate::max);
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
        &[("class", "timeline-svg"), ("viewBox", &format!("0 0 {W} {h}")), ("role", "img"), ("aria-label", t.timeline_visual_label()), ("focusable", "false")],
    );
    let spans = e.steps.iter().filter_map(Step::span).chain(e.whole_process.iter().map(|w| &w.value));
    for c in spans.flat_map(|sp: &Span| sp.closures.iter()) {
        m.void("rect", &[("class", "closed"), ("x", &s(x(c.from))), ("y", "0"), ("width", &s(x(c.to) - x(c.from) + day_w)), ("height", &s(h - 24))]);
    }
    let bar = |m: &mut Markup, i: i64, from: NaiveDate, to: NaiveDate, class: &str| {
        // The start day is not counted: the bar begins the next day and ends with the due day.
        let x0 = x(from) + day_w;
        let width = (x(to) + day_w - x0).max(day_w.max(4));
        m.void("rect", &[("class", class), ("x", &s(x0)), ("y", &s(i * ROW + 6)), ("width", &s(width)), ("height", "20"), ("rx", "4")]);
    };
    for (i, step) in e.steps.iter().enumerate() {
        let i = i as i64;
        m.el("text", &[("class", "num"), ("x", "14"), ("y", &s(i * ROW + 21))], &s(i + 1));
        match &step.timing {
            Timing::Dated(span) => {
                let class = if step.responsible == Party::Customer { "bar you" } else { "bar company" };
                bar(m, i, span.start, span.due, class);
            }
            Timing::OwnWorks { from, to, .. } => bar(m, i, *from, *to, "bar you"),
            _ => {
                m.void("rect", &[("class", "bar unknown"), ("x", &s(W - 120)), ("y", &s(i * ROW + 6)), ("width", "110"), ("height", "20"), ("rx", "4")]);
            }
        }
    }
    if let Some(w) = &e.whole_process {
        m.el("text", &[("class", "num"), ("x", "14"), ("y", &s((rows - 1) * ROW + 21))], "∑");
        bar(m, rows - 1, w.value.start, w.value.due, "bar whole");
    }
    m.el("text", &[("class", "axis"), ("x", &s(LEFT)), ("y", &s(h - 6))], &format!("{}/{}", start.month(), start.day()));
    m.el("text", &[("class", "axis end"), ("x", &s(W - RIGHT)), ("y", &s(h - 6))], &format!("{}/{}", end.month(), end.day()));
    m.close("svg").close("div");
}

fn span_details(m: &mut Markup, t: &dyn Text, span: &Span) {
    m.open("p", &[("class", "due")]).el("strong", &[], &t.must_finish_by(&t.date(span.due))).close("p");
    m.el("p", &[("class", "small")], &t.counted_from(&t.date(span.start)));
    for c in span.closures.iter().filter(|c| c.holiday.is_some() || c.days > 2) {
        m.el("p", &[("class", "closure small")], &t.closure(c, &t.date(c.from), &t.date(c.to)));
    }
    if span.provisional {
        m.el("p", &[("class", "provisional small")], &t.provisional(span.due.year()));
    }
}

/// The dated timeline: the picture and the same data as an ordered list. Steps whose own
/// works are undated end with an empty `.own-works-slot` where the page puts its button.
pub fn timeline(t: &dyn Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    let cat = e.category.value;
    m.el("h2", &[("id", "h-timeline")], t.timeline_title());
    m.open("div", &[("class", "timeline")]);
    picture(&mut m, t, e);
    m.open("ol", &[("class", "steps")]);
    for s in &e.steps {
        let yours = s.responsible == Party::Customer;
        m.open("li", &[("class", if yours { "step yours" } else { "step" }), ("data-step", s.id.key())]);
        m.open("h3", &[]).text(t.step_name(s.id, cat));
        m.el("span", &[("class", if yours { "party you" } else { "party" })], if yours { t.party_you() } else { t.party_company() });
        m.close("h3").el("p", &[], t.step_what(s.id, cat));
        if let Some(d) = s.days {
            m.el("p", &[("class", "limit")], &t.days(d));
        }
        if s.starred {
            m.el("p", &[("class", "small starred")], &format!("* {}", t.starred()));
        }
        match &s.timing {
            Timing::Dated(span) => span_details(&mut m, t, span),
            Timing::AfterCustomer(trigger) => {
                m.open("p", &[("class", "due")]).el("strong", &[], &t.after_customer(*trigger, s.days.unwrap_or_default())).close("p");
            }
            Timing::OwnWorks { from, to, .. } => {
                let own = e.answers.own_works;
                let text = t.own_works_dated(&t.date(*from), &t.date(*to), own.design_days.unwrap_or(0), own.works_days.unwrap_or(0));
                m.el("p", &[("class", "due")], &text);
            }
            Timing::OwnWorksUndated => {
                m.el("p", &[], t.own_works_undated());
            }
        }
        basis(&mut m, t, &s.basis);
        m.close("li");
    }
    if let Some(w) = &e.whole_process {
        m.open("li", &[("class", "step whole"), ("data-step", "whole_process")]);
        m.el("h3", &[], &t.whole_process(w.value.days, &t.date(w.value.due)));
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
pub fn documents(t: &dyn Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    m.el("h2", &[("id", "h-docs")], t.documents_title());
    if let Some(d) = e.steps.iter().flat_map(|s| &s.documents).find(|d| d.enough_to_start) {
        m.open("p", &[("class", "one-document")]).el("strong", &[], &t.one_document(d.document)).close("p");
    }
    for s in e.steps.iter().filter(|s| !s.documents.is_empty()) {
        m.open("div", &[("class", "doc-step")]).el("h3", &[], t.step_name(s.id, e.category.value));
        m.open("ul", &[("class", "checklist")]);
        for (i, d) in s.documents.iter().enumerate() {
            let id = format!("doc-{}-{i}", s.id.key());
            m.open("li", &[]).void("input", &[("type", "checkbox"), ("id", &id)]);
            m.open("label", &[("for", &id)]).text(t.document(d.document));
            if s.id == StepId::Acceptance && !d.enough_to_start {
                m.el("span", &[("class", "tag")], t.may_follow());
            }
            m.close("label").close("li");
        }
        m.close("ul").close("div");
    }
    m.el("p", &[("class", "small")], t.documents_only_these());
    let mut clauses: Vec<&Clause> = Vec::new();
    for c in e.steps.iter().flat_map(|s| s.basis.iter()).filter(|c| c.reference == "二(二)1") {
        if !clauses.contains(c) {
            clauses.push(c);
        }
    }
    basis(&mut m, t, &clauses);
    m.into_string()
}

/// The approval path, or every possible one. The page adds buttons for the deciding questions.
pub fn approval(t: &dyn Text, e: &Estimate) -> String {
    let mut m = Markup::new();
    let a = &e.approval;
    m.el("h2", &[("id", "h-approval")], t.approval_title());
    match a.path {
        Some(p) => {
            m.open("p", &[]).el("strong", &[], t.approval_path(p)).text(" · ").text(&t.approval_days(p.days())).close("p");
            m.el("p", &[], t.approval_desc(p));
        }
        None => {
            m.el("p", &[], t.approval_possible()).open("ul", &[]);
            for p in &a.possible {
                m.open("li", &[]).el("strong", &[], t.approval_path(*p)).text(" · ").text(&t.approval_days(p.days()));
                m.text(" — ").text(t.approval_desc(*p)).close("li");
            }
            m.close("ul");
        }
    }
    basis(&mut m, t, a.basis);
    m.el("p", &[], t.approval_handler(a.handler.value));
    basis(&mut m, t, a.handler.basis);
    m.el("p", &[("class", "small")], t.approval_parallel_to_works());
    m.into_string()
}

/// Cost, how to apply and whom to call, service, reliability and rights.
pub fn rest(t: &dyn Text, e: &Estimate, kiosk: bool) -> String {
    let mut m = Markup::new();
    let card = |m: &mut Markup, id: &'static str| {
        m.open("section", &[("class", "card"), ("aria-labelledby", id)]);
    };
    card(&mut m, "h-cost");
    m.el("h2", &[("id", "h-cost")], t.cost_title());
    cited_list(&mut m, t, e.cost.items.iter().map(|i| (t.cost_item(i.value), i.basis)));
    m.close("section");

    card(&mut m, "h-apply");
    m.el("h2", &[("id", "h-apply")], t.apply_title());
    cited_list(&mut m, t, e.channels.iter().map(|c| (t.channel(c.value).to_string(), c.basis)));
    m.el("h3", &[], t.hotlines_title()).open("p", &[("class", "hotlines big")]);
    hotline(&mut m, t, "95598", t.hotline_power(), kiosk);
    hotline(&mut m, t, "12398", t.hotline_regulator(), kiosk);
    m.close("p");
    basis(&mut m, t, e.hotlines.basis);
    m.el("h3", &[], t.service_title()).el("p", &[], t.service(e.service.value));
    basis(&mut m, t, e.service.basis);
    m.close("section");

    card(&mut m, "h-reliability");
    let r = e.reliability.value;
    m.el("h2", &[("id", "h-reliability")], t.reliability_title());
    m.el("p", &[], &t.reliability(r.area, r.hours, r.city_grid, r.grid_hours));
    basis(&mut m, t, e.reliability.basis);
    m.close("section");

    card(&mut m, "h-rights");
    m.el("h2", &[("id", "h-rights")], t.rights_title());
    cited_list(&mut m, t, e.rights.iter().map(|r| (t.right(r.value).to_string(), r.basis)));
    m.close("section");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Official;
    use crate::policy::{estimate, Parsed, RawAnswers, Readiness};

    fn est(pairs: &[(&str, &str)]) -> Estimate {
        let today = crate::calendar::parse_iso("2026-11-26").expect("date");
        match Parsed::parse(&RawAnswers::from_pairs(pairs.iter().copied())).readiness(today) {
            Readiness::Ready(a) => estimate(&a, &Official),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_timeline_reads_the_dates_and_the_holiday() {
        let e = est(&[("customer", "household"), ("kw", "8"), ("area", "urban"), ("date", "2026-09-30")]);
        let zh = timeline(Lang::Zh.text(), &e);
        assert!(zh.contains("供电公司须在 2026年10月8日（星期四） 前办完"), "{zh}");
        assert!(zh.contains("国庆节假期"));
        let en = timeline(Lang::En.text(), &e);
        assert!(en.contains("The company must finish by Thu 8 Oct 2026"));
        assert!(en.contains("National Day holiday"));
        assert!(en.contains("民法典 第二百零一条"));
    }

    #[test]
    fn documents_and_one_document() {
        let e = est(&[("customer", "other_org"), ("kw", "500"), ("area", "urban"), ("supply", "single"), ("special", "1")]);
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
    fn every_basis_names_its_clause() {
        let e = est(&[("customer", "small_micro"), ("kw", "120"), ("area", "rural")]);
        let html = headline(Lang::En.text(), &e);
        assert!(html.contains("宿发改能源函〔2021〕37号 台账1"));
        assert!(html.contains("Three-Zero service"));
    }
}
