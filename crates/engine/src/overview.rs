//! The corpus at a glance (the app's Overview tab): documents over time, the most
//! mentioned people, organizations and places by the number of documents that mention
//! them, the most quoted speakers, and, for a selected entity, the entities that most often
//! share its paragraphs. Computed over the documents in scope (those a search and the
//! selected entities leave, or all of them), so it combines with the other views.
//!
//! ```
//! use sift_engine::overview::year_of;
//! assert_eq!(year_of("March 3, 1961"), Some(1961));
//! assert_eq!(year_of("2008-03-31"), Some(2008));
//! assert_eq!(year_of("Friday"), None);
//! ```

use crate::artifact::DocAnalysis;
use crate::entities::{Entity, EntityKind};
use crate::filter::mentions;
use crate::quotes::QuoteKind;
use std::collections::HashMap;

/// One bar of a chart: a name (a year, an entity, a speaker), its count and, for entities
/// and speakers, the documents it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub kind: Option<EntityKind>,
    pub name: String,
    /// Documents (years, entities), quotations (speakers) or shared paragraphs (appears with).
    pub count: usize,
    /// Documents it comes from.
    pub documents: usize,
}

/// Where the documents' years come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// Their front matter (`date:`).
    FrontMatter,
    /// The year their date mentions name most often (documents without a date of their own).
    Mentions,
}

/// The overview of the documents in scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// Documents in scope.
    pub documents: usize,
    /// Documents per year, in year order; documents with no year are not counted. At most
    /// three times `top` years: those with the most documents.
    pub years: Vec<Bar>,
    /// Years left out of `years` (with fewer documents than those listed).
    pub years_left_out: usize,
    pub dated: Dated,
    pub people: Vec<Bar>,
    pub organizations: Vec<Bar>,
    pub places: Vec<Bar>,
    /// Speakers by the number of their quotations (attributed speech only).
    pub speakers: Vec<Bar>,
    /// For the first selected entity: the entities mentioned most often in the paragraphs
    /// that mention it (by shared paragraphs).
    pub appears_with: Vec<Bar>,
}

/// The first year (1000–2999) written in `text` as four digits of their own (not "1960s").
pub fn year_of(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let digits = &bytes[i..i + 4];
        let alone = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_alphanumeric());
        (alone && digits.iter().all(u8::is_ascii_digit) && matches!(digits[0], b'1' | b'2'))
            .then(|| text[i..i + 4].parse().ok())
            .flatten()
    })
}

/// The year of one document: its front-matter date's, else the year its date mentions
/// name most often (the earliest of a tie).
fn doc_year(date: Option<&str>, entities: &[Entity]) -> (Option<i32>, bool) {
    if let Some(year) = date.and_then(year_of) {
        return (Some(year), true);
    }
    let mut years: HashMap<i32, usize> = HashMap::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Date) {
        if let Some(y) = year_of(&e.name) {
            *years.entry(y).or_default() += e.mentions.len();
        }
    }
    let best = years
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(y, _)| y);
    (best, false)
}

/// The `top` bars of `counts` ((kind, name) → (count, documents)), most first, then by name.
fn top_bars(counts: Counts<'_>, top: usize) -> Vec<Bar> {
    let mut bars: Vec<_> = counts.into_iter().collect();
    crate::sort::by(&mut bars, |a, b| {
        b.1 .0.cmp(&a.1 .0).then_with(|| a.0 .1.cmp(b.0 .1))
    });
    bars.truncate(top);
    bars.into_iter()
        .map(|((kind, name), (count, documents))| Bar {
            kind,
            name: name.to_string(),
            count,
            documents,
        })
        .collect()
}

/// (kind, name) → (count, documents), names borrowed from the analyses.
type Counts<'a> = HashMap<(Option<EntityKind>, &'a str), (usize, usize)>;

/// The overview of the documents `scope` names (indices into `analyses`, whose dates are
/// `dates`), or of all of them; `selected` are the selected entities (the first one's
/// companions are listed); `top` bars per chart.
pub fn overview(
    dates: &[Option<&str>],
    analyses: &[DocAnalysis],
    scope: Option<&[usize]>,
    selected: &[(EntityKind, String)],
    top: usize,
) -> Overview {
    let all: Vec<usize>;
    let scope = match scope {
        Some(s) => s,
        None => {
            all = (0..analyses.len()).collect();
            &all
        }
    };
    let mut years: HashMap<i32, usize> = HashMap::new();
    let mut front_matter = 0;
    let mut by_kind: [Counts; 3] = Default::default();
    let mut speakers = Counts::new();
    let mut companions = Counts::new();
    let first = selected.first();
    for &d in scope {
        let Some(a) = analyses.get(d) else { continue };
        let (year, own) = doc_year(dates.get(d).copied().flatten(), &a.entities);
        if let Some(y) = year {
            *years.entry(y).or_default() += 1;
            front_matter += usize::from(own);
        }
        for e in &a.entities {
            let slot = match e.kind {
                EntityKind::Person => 0,
                EntityKind::Organization => 1,
                EntityKind::Place => 2,
                EntityKind::Date => continue,
            };
            let entry = by_kind[slot].entry((Some(e.kind), &e.name)).or_default();
            entry.0 += 1;
            entry.1 += 1;
        }
        let mut quoted: HashMap<(Option<EntityKind>, &str), usize> = HashMap::new();
        for q in a.quotes.iter().filter(|q| q.kind == QuoteKind::Speech) {
            let Some(s) = &q.speaker else { continue };
            let key = match s.entity.and_then(|i| a.entities.get(i)) {
                Some(e) => (Some(e.kind), e.name.as_str()),
                None => (None, s.name.as_str()),
            };
            *quoted.entry(key).or_default() += 1;
        }
        for (key, n) in quoted {
            let entry = speakers.entry(key).or_default();
            entry.0 += n;
            entry.1 += 1;
        }
        if let Some((kind, name)) = first {
            let picked: Vec<bool> = a
                .entities
                .iter()
                .map(|e| mentions(e, *kind, name))
                .collect();
            let mut paragraphs: Vec<usize> = a
                .entities
                .iter()
                .zip(&picked)
                .filter(|(_, &p)| p)
                .flat_map(|(e, _)| e.mentions.iter().map(|m| m.paragraph))
                .collect();
            crate::sort::by(&mut paragraphs, Ord::cmp);
            paragraphs.dedup();
            if paragraphs.is_empty() {
                continue;
            }
            for (e, _) in a
                .entities
                .iter()
                .zip(&picked)
                .filter(|(e, &p)| e.kind != EntityKind::Date && !p)
            {
                let mut shared: Vec<usize> = e
                    .mentions
                    .iter()
                    .map(|m| m.paragraph)
                    .filter(|p| paragraphs.binary_search(p).is_ok())
                    .collect();
                shared.dedup();
                if !shared.is_empty() {
                    let entry = companions.entry((Some(e.kind), &e.name)).or_default();
                    entry.0 += shared.len();
                    entry.1 += 1;
                }
            }
        }
    }
    let [people, organizations, places] = by_kind;
    let mut years: Vec<Bar> = years
        .into_iter()
        .map(|(y, n)| Bar {
            kind: None,
            name: y.to_string(),
            count: n,
            documents: n,
        })
        .collect();
    let dated_documents: usize = years.iter().map(|b| b.count).sum();
    let keep = top.saturating_mul(3);
    let years_left_out = years.len().saturating_sub(keep);
    if years_left_out > 0 {
        crate::sort::by(&mut years, |a, b| {
            b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name))
        });
        years.truncate(keep);
    }
    crate::sort::by(&mut years, |a, b| a.name.cmp(&b.name));
    Overview {
        documents: scope.len(),
        dated: if dated_documents > 0 && front_matter * 2 >= dated_documents {
            Dated::FrontMatter
        } else {
            Dated::Mentions
        },
        years,
        years_left_out,
        people: top_bars(people, top),
        organizations: top_bars(organizations, top),
        places: top_bars(places, top),
        speakers: top_bars(speakers, top),
        appears_with: top_bars(companions, top),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{parse, Format};

    fn analysed(texts: &[&str]) -> Vec<DocAnalysis> {
        let docs: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse(&format!("d{i}"), Format::Text, t.as_bytes()).unwrap())
            .collect();
        DocAnalysis::all(&docs).0
    }

    #[test]
    fn years_are_four_digits_of_their_own() {
        let cases: &[(&str, Option<i32>)] = &[
            ("1961", Some(1961)),
            ("March 3, 1961", Some(1961)),
            ("2008-03-31", Some(2008)),
            ("the 1960s", None),
            ("12345", None),
            ("0999", None),
            ("Friday", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(year_of(text), *want, "{text:?}");
        }
    }

    #[test]
    fn the_overview_counts_documents_speakers_and_companions_in_scope() {
        let a = analysed(&[
            "Headline one\n\nPrime Minister Nouri al-Maliki met President George Bush in Baghdad on March 3, 2008.\n\n\"We will not negotiate,\" Maliki said.",
            "Headline two\n\nNouri al-Maliki spoke in Basra in 2008.\n\n\"The ceasefire holds,\" Maliki said.",
            "Headline three\n\nGeorge Bush visited Baghdad in 2007.",
        ]);
        let dates = [None, None, None];
        let all = overview(&dates, &a, None, &[], 10);
        assert_eq!(all.documents, 3);
        assert_eq!(all.dated, Dated::Mentions);
        let years: Vec<(&str, usize)> = all
            .years
            .iter()
            .map(|b| (b.name.as_str(), b.count))
            .collect();
        assert_eq!(years, [("2007", 1), ("2008", 2)]);
        let people: Vec<(&str, usize)> = all
            .people
            .iter()
            .map(|b| (b.name.as_str(), b.count))
            .collect();
        assert!(people.contains(&("Nouri al-Maliki", 2)), "{people:?}");
        assert!(people.contains(&("George Bush", 2)), "{people:?}");
        assert!(all
            .places
            .iter()
            .any(|b| b.name == "Baghdad" && b.count == 2));
        assert_eq!(
            all.speakers
                .first()
                .map(|b| (b.name.as_str(), b.count, b.documents)),
            Some(("Nouri al-Maliki", 2, 2))
        );
        assert!(all.appears_with.is_empty(), "nothing selected");
        // in scope: the third document alone
        let third = overview(&dates, &a, Some(&[2]), &[], 10);
        assert_eq!(third.documents, 1);
        assert!(third.speakers.is_empty());
        assert!(third.people.iter().all(|b| b.name != "Nouri al-Maliki"));
        // appears with Maliki: Bush shares his paragraph in the first document, Basra in the second
        let maliki = [(EntityKind::Person, "Maliki".to_string())];
        let with = overview(&dates, &a, None, &maliki, 10);
        let names: Vec<&str> = with.appears_with.iter().map(|b| b.name.as_str()).collect();
        assert!(
            names.contains(&"George Bush") && names.contains(&"Basra"),
            "{names:?}"
        );
        assert!(!names.contains(&"Nouri al-Maliki"));
        // front matter dates win
        let dated = overview(
            &[Some("2001-09-11"), Some("2001-10-01"), None],
            &a,
            None,
            &[],
            10,
        );
        assert_eq!(dated.dated, Dated::FrontMatter);
        assert_eq!(
            dated
                .years
                .iter()
                .map(|b| (b.name.as_str(), b.count))
                .collect::<Vec<_>>(),
            [("2001", 2), ("2007", 1)]
        );
        // an empty corpus
        // many years: those with the most documents, in year order
        let few = overview(&dates, &a, None, &[], 0);
        assert_eq!((few.years.len(), few.years_left_out), (0, 2));
        let none = overview(&[], &[], None, &[], 10);
        assert_eq!(
            (none.documents, none.years.len(), none.people.len()),
            (0, 0, 0)
        );
    }
}
