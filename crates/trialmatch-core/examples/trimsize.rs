fn main() {
    for dir in std::env::args().skip(1) {
        let (mut raw, mut trimmed, mut n, mut sites) = (0usize, 0usize, 0usize, 0usize);
        let mut crit = 0usize;
        for e in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let wire: trialmatch_core::registry::wire::WireStudy = serde_json::from_str(&text).unwrap();
            sites += wire
                .protocol_section
                .as_ref()
                .and_then(|p| p.contacts_locations_module.as_ref())
                .map_or(0, |c| c.locations.len());
            crit += wire
                .protocol_section
                .as_ref()
                .and_then(|p| p.eligibility_module.as_ref())
                .and_then(|e| e.eligibility_criteria.as_ref())
                .map_or(0, |c| c.len());
            raw += text.len();
            trimmed += serde_json::to_string(&wire).unwrap().len();
            n += 1;
        }
        println!("{dir}: {n} records, raw {} B/record, trimmed {} B/record, {:.1} sites/record, criteria {} B/record", raw / n, trimmed / n, sites as f64 / n as f64, crit / n);
    }
}
