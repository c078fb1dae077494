//! The line-by-line splitter. Indentation decides nesting; a line without a list marker
//! continues the item above it unless a blank line came first.

use super::headers::{is_cohort_header, is_patient_header, section_header, strip_marker, unflatten};
use super::{Cohort, Criteria, Item, Section};

/// Splits unescaped criteria text into items.
pub fn split_criteria(text: &str) -> Criteria {
    let text = unflatten(text);
    let mut criteria = Criteria::default();
    let mut section = Section::Unlabelled;
    // The inclusion or exclusion list a donor block sits in, to go back to after it.
    let mut main = Section::Unlabelled;
    // The open cohort: its index and, when it was a list item, its indentation.
    let mut cohort: Option<(u32, Option<usize>)> = None;
    // Open items, innermost last: (indentation, item index).
    let mut stack: Vec<(usize, u32)> = Vec::new();
    let mut after_blank = true;

    for raw in text.lines() {
        let indent =
            raw.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\t' { 4 } else { 1 }).sum();
        let line = raw.trim();
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        let (has_marker, body) = strip_marker(line);
        let body = body.trim();

        let found = match section_header(body) {
            Some(Section::Others) => Some(Section::Others),
            Some(list) => {
                main = list;
                Some(list)
            }
            None if is_patient_header(body) => Some(main),
            None => None,
        };
        if let Some(found) = found {
            section = found;
            cohort = None;
            stack.clear();
            after_blank = true;
            continue;
        }
        if let Some((_, Some(cohort_indent))) = cohort {
            if indent <= cohort_indent {
                cohort = None;
            }
        }
        if is_cohort_header(body) {
            criteria.cohorts.push(Cohort { label: body.trim_end_matches(':').trim().to_owned(), section });
            let index = (criteria.cohorts.len() - 1) as u32;
            cohort = Some((index, has_marker.then_some(indent)));
            stack.clear();
            after_blank = true;
            continue;
        }

        let continues = !has_marker && !after_blank && !stack.is_empty();
        after_blank = false;
        if continues {
            let (_, open) = stack[stack.len() - 1];
            let item = &mut criteria.items[open as usize];
            item.text.push(' ');
            item.text.push_str(body);
            continue;
        }
        while stack.last().is_some_and(|(open_indent, _)| *open_indent >= indent) {
            stack.pop();
        }
        let parent = stack.last().map(|(_, index)| *index);
        let depth = stack.len().min(u8::MAX as usize) as u8;
        criteria.items.push(Item {
            section,
            cohort: cohort.map(|(index, _)| index),
            parent,
            depth,
            text: body.to_owned(),
        });
        stack.push((indent, (criteria.items.len() - 1) as u32));
    }
    criteria
}
