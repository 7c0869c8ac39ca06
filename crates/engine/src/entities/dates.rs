//! Date mentions: weekdays, months (with their day and year), years, and relative dates
//! ("last Tuesday", "last August", "this year", "the past week", "the weekend").

use super::lexicon::{MONTHS, WEEKDAYS};
use super::words::Word;
use std::ops::Range;

const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];
const HOLIDAYS: &[&str] = &[
    "New Year's Day",
    "New Year’s Day",
    "New Year's Eve",
    "New Year’s Eve",
    "Christmas Eve",
    "Christmas Day",
    "Christmas",
    "Easter Sunday",
    "Easter",
    "Good Friday",
    "Thanksgiving Day",
    "Thanksgiving",
    "Labor Day",
    "Memorial Day",
    "Independence Day",
    "Veterans Day",
    "Columbus Day",
    "Mother's Day",
    "Father's Day",
    "Valentine's Day",
    "Halloween",
    "Passover",
    "Hanukkah",
    "Yom Kippur",
    "Rosh Hashanah",
    "Ramadan",
    "Eid al-Fitr",
    "Eid al-Adha",
    "Boxing Day",
    "Bastille Day",
];
const MODIFIERS: &[&str] = &[
    "last", "this", "next", "past", "coming", "previous", "early", "late", "mid",
];
const UNITS: &[&str] = &[
    "week", "weekend", "month", "year", "weeks", "months", "years",
];

/// ",000" or ".5" after a number: it goes on, so it is no year.
fn followed_by_digits(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some(',' | '.')) && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Date mentions among a paragraph's words, as (word range, byte range).
pub fn find(text: &str, words: &[Word]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let lower: Vec<String> = words.iter().map(Word::lower).collect();
    let is_day = |w: &Word| WEEKDAYS.contains(&w.text);
    let is_month = |k: usize| {
        let w = &words[k];
        // "Nov. 15", "Aug. 9, 1961": an abbreviated month before a number
        if MONTH_ABBREVIATIONS.contains(&w.text) {
            return text[w.span.end..].starts_with('.')
                && words
                    .get(k + 1)
                    .is_some_and(|n| n.text.chars().all(|c| c.is_ascii_digit()));
        }
        if !MONTHS.contains(&w.text) {
            return false;
        }
        if w.text != "May" {
            return true;
        }
        // "May" the month, not the verb: a date or a year next to it, or a modifier before.
        let next_num = words
            .get(k + 1)
            .is_some_and(|n| n.text.chars().all(|c| c.is_ascii_digit()));
        let before = k.checked_sub(1).map(|b| lower[b].as_str());
        next_num
            || matches!(
                before,
                Some(
                    "in" | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "since"
                        | "until"
                        | "of"
                )
            )
    };
    let is_year = |k: usize| {
        let w = &words[k];
        let n = w.text.parse::<u32>().unwrap_or(0);
        // 1800–2099 anywhere; earlier years after a preposition ("in 1792")
        let after_preposition = k.checked_sub(1).is_some_and(|b| {
            matches!(
                lower[b].as_str(),
                "in" | "since"
                    | "by"
                    | "of"
                    | "until"
                    | "from"
                    | "before"
                    | "after"
                    | "around"
                    | "circa"
            )
        });
        w.text.len() == 4
            && w.text.chars().all(|c| c.is_ascii_digit())
            && ((1800..=2099).contains(&n)
                || ((1000..1800).contains(&n)
                    && after_preposition
                    // "of 1688 Oak Knoll Cir." is a house number
                    && !words.get(k + 1).is_some_and(Word::is_capitalized)))
            && !followed_by_digits(&text[w.span.end..])
            && !text[..w.span.start].ends_with([',', '.'])
    };
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let the = lower[i] == "the";
        let m = if the { i + 1 } else { i };
        // [the] modifier (weekday | month | unit)
        if let (Some(modifier), Some(next)) = (lower.get(m), words.get(m + 1)) {
            if MODIFIERS.contains(&modifier.as_str()) {
                let unit = UNITS.contains(&lower[m + 1].as_str());
                if is_day(next) || is_month(m + 1) || unit {
                    // "the" belongs to "the past week", not to "the last Tuesday"
                    let from = if the && unit { i } else { m };
                    out.push((from..m + 2, words[from].span.start..next.span.end));
                    i = m + 2;
                    continue;
                }
            }
        }
        if the && lower.get(i + 1).is_some_and(|l| l == "weekend") {
            out.push((i..i + 2, w.span.start..words[i + 1].span.end));
            i += 2;
            continue;
        }
        // "the 1990s", "the 1960s"
        let decade = w.text.len() == 5
            && w.text.ends_with("0s")
            && w.text[..4]
                .parse::<u32>()
                .is_ok_and(|n| (1000..2100).contains(&n));
        // Holidays: "Labor Day", "Christmas", "New Year's Day"
        let capitalized = w.text.chars().next().is_some_and(char::is_uppercase);
        let mut holidays = HOLIDAYS
            .iter()
            .filter(|h| capitalized && h.starts_with(w.text));
        if let Some(n) = holidays.find_map(|h| {
            let n = h.split(' ').count();
            let last = words.get(i + n - 1)?;
            (text[w.span.start..last.span.end] == **h).then_some(n)
        }) {
            out.push((i..i + n, w.span.start..words[i + n - 1].span.end));
            i += n;
            continue;
        }
        if is_day(w) || decade {
            out.push((i..i + 1, w.span.clone()));
            i += 1;
            continue;
        }
        if is_month(i) {
            // Month [day] [, year]
            let mut end = i + 1;
            if words
                .get(end)
                .is_some_and(|d| d.text.len() <= 2 && d.text.chars().all(|c| c.is_ascii_digit()))
            {
                end += 1;
            }
            let is_year_word =
                |y: &Word| y.text.len() == 4 && y.text.chars().all(|c| c.is_ascii_digit());
            if words.get(end).is_some_and(is_year_word) {
                end += 1;
            } else if end == i + 1
                && lower.get(end).is_some_and(|o| o == "of")
                && words.get(end + 1).is_some_and(is_year_word)
            {
                end += 2; // "August of 1960"
            }
            out.push((i..end, w.span.start..words[end - 1].span.end));
            i = end;
            continue;
        }
        if is_year(i) {
            out.push((i..i + 1, w.span.clone()));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::words::words;

    fn dates(text: &str) -> Vec<&str> {
        let w = words(text);
        find(text, &w).into_iter().map(|(_, r)| &text[r]).collect()
    }

    #[test]
    fn dates_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Calm returned on Monday after last week.",
                &["Monday", "last week"],
            ),
            (
                "launched last Tuesday, hailed last August",
                &["last Tuesday", "last August"],
            ),
            (
                "over the weekend and during the past week",
                &["the weekend", "the past week"],
            ),
            (
                "this year, in October 2005 and in 2005",
                &["this year", "October 2005", "2005"],
            ),
            (
                "It may rain. In May the rain came. May 5 was dry.",
                &["May", "May 5"],
            ),
            ("1,200 people and 2005,000 units; route 1999", &["1999"]),
            ("elections held in 2005, they said", &["2005"]),
            ("the Capitol here in 1792; 1500 people came", &["1792"]),
            ("no dates here", &[]),
            ("the coming weeks", &["the coming weeks"]),
            (
                "due Nov. 15, signed Aug. 9, 1961, in Sept. 1960",
                &["Nov. 15", "Aug. 9, 1961", "Sept. 1960"],
            ),
            ("Dec. and Jan. sales; Mar. plans", &[]),
            ("born at 1688 Oak Street in 1688", &["1688"]),
            ("in the 1990s, not 1995s or 10s", &["1990s"]),
            (
                "by Labor Day, after Christmas, in August of 1960",
                &["Labor Day", "Christmas", "August of 1960"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text:?}");
        }
    }
}
