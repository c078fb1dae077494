//! Finding a typed place on the device: a city ("Houston", "houston tx", "São Paulo") or a US ZIP
//! code ("77030") becomes coordinates to measure distances from, without asking any server.
/*!
The table is the page's `data/places.tsv` (fetched from the page's own origin when the Location
step opens, so it costs nothing until then), written by `scripts/build-places` from GeoNames data (CC BY 4.0): US cities of 50,000 people or more,
cities elsewhere of 500,000 or more, and one row per US 3-digit ZIP prefix ("ZIP3"). Its lines (tab-separated, `#` starts a comment):

```text
@CODE<TAB>Name|Alias|...                          a region; the lines after it belong to it
NNN<TAB>lat<TAB>lon<TAB>City                       a US ZIP3 area (in a US state or territory)
Name|Alias|...<TAB>lat<TAB>lon[<TAB>thousands]     a city [and its population in thousands]
```

`CODE` is a country ("IN", ISO 3166-1) or a US state or territory ("US-TX", ISO 3166-2). The first
name is the one shown; aliases only help find it. A population is given only where cities share
a name, since it only chooses between them.

Trade-offs:

* **A ZIP code finds its ZIP3 area**, the mean of that prefix's ZIP codes: the table stays small
  (a few hundred rows instead of 40,000), and distances are off by a few miles in a city, more in
  the country ([`Found::precise`] is false). A ZIP code that does not exist inside an existing
  area is not noticed. Three digits alone are not taken: "770" is more likely a mistyped ZIP
  than a request for an area.
* **Names are compared without case, accents, apostrophes or periods**, other punctuation as
  spaces, and "St."/"Ste."/"Ft."/"Mt." as "Saint"/"Sainte"/"Fort"/"Mount". There is no spelling
  correction and no prefix search: "Hou" finds nothing rather than a guess.
* **Words after the name narrow it**: a state ("TX", "Texas"), a country ("US", "USA", "France").
  Without commas every word must be understood ("Houston Narnia" finds nothing); after a comma
  an unknown part is skipped, so a site label such as "Toronto, Ontario, Canada" still finds
  Toronto. A known part that does not fit ("Paris, Texas" when Paris, TX is not in the table)
  finds nothing rather than the wrong Paris. Among the cities left, the most populous wins.
*/

use std::cmp::Reverse;
use std::collections::HashMap;

/// The places a person can type, read from the table (see the module documentation).
#[derive(Debug, Default)]
pub struct Places {
    regions: Vec<Region>,
    cities: Vec<City>,
    /// ZIP3 areas by their prefix.
    areas: HashMap<String, Area>,
    /// City indexes by folded name (aliases included).
    names: HashMap<String, Vec<usize>>,
    /// Region indexes by folded name or code ("tx", "texas", "us", "usa").
    qualifiers: HashMap<String, Vec<usize>>,
    /// The most words in one qualifier ("united states of america": 4).
    longest_qualifier: usize,
    /// The most words in one city name, so a long query is not tried at every length.
    longest_name: usize,
}

/// A place found for a query: where to measure distances from, and what to call it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub lat: f64,
    pub lon: f64,
    /// "Houston, TX, United States", "Paris, France", "ZIP 77030 (Houston, TX area)".
    pub label: String,
    /// False for a ZIP code, which gives the middle of its area rather than the place itself.
    pub precise: bool,
}

impl Found {
    /// What a person should know about this place before trusting a distance.
    pub fn note(&self) -> Option<&'static str> {
        (!self.precise)
            .then_some("A ZIP code gives the middle of its area, so distances may be off by several miles, more outside cities.")
    }
}

#[derive(Debug)]
struct Region {
    /// "US-TX" or "IN".
    code: String,
    name: String,
    /// "TX" for a US state; `None` for a country.
    state: Option<String>,
    /// The index of the country's own region ("US" for "US-TX"), when the table has one.
    country: Option<usize>,
}

#[derive(Debug)]
struct City {
    name: String,
    region: usize,
    lat: f64,
    lon: f64,
    /// Thousands of people, when the table gives it.
    population: Option<u32>,
}

#[derive(Debug)]
struct Area {
    city: String,
    region: usize,
    lat: f64,
    lon: f64,
}

impl Places {
    /// Reads the table. A line that does not read is skipped with a diagnostic naming its line
    /// number; the rest of the table loads.
    pub fn parse(text: &str) -> (Places, Vec<String>) {
        let mut places = Places::default();
        let mut diagnostics = Vec::new();
        let mut current: Option<usize> = None;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let read = match line.strip_prefix('@') {
                // After a region that does not read, its places have no region either.
                Some(header) => places
                    .read_region(header)
                    .map(|region| current = Some(region))
                    .inspect_err(|_| current = None),
                None => match current {
                    Some(region) => places.read_place(line, region),
                    None => {
                        Err("a place outside any region (no good line starting with @ above it)".to_owned())
                    }
                },
            };
            if let Err(why) = read {
                diagnostics.push(format!("line {}: {why}", index + 1));
            }
        }
        let countries: HashMap<String, usize> = places
            .regions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.state.is_none())
            .map(|(i, r)| (r.code.clone(), i))
            .collect();
        for region in &mut places.regions {
            if region.state.is_some() {
                region.country = countries.get(&region.code[..2]).copied();
            }
        }
        (places, diagnostics)
    }

    /// The place a person typed: a US ZIP code (five digits, or ZIP+4) or a city, optionally
    /// followed by its state and/or country. `None` when nothing in the table fits.
    pub fn find(&self, query: &str) -> Option<Found> {
        let query = query.trim();
        if let Some(zip) = zip_code(query) {
            let area = self.areas.get(&zip[..3])?;
            let state = self.regions[area.region].state.as_deref().unwrap_or_default();
            return Some(Found {
                lat: area.lat,
                lon: area.lon,
                label: format!("ZIP {zip} ({}, {state} area)", area.city),
                precise: false,
            });
        }
        let mut parts = query.split(',').map(words).filter(|w| !w.is_empty());
        let first = parts.next()?;
        // After a comma, a part that is not a known state or country is skipped.
        let after_commas: Vec<&[usize]> =
            parts.filter_map(|part| self.qualifiers_in(&part)).flatten().collect();
        for end in (1..=first.len().min(self.longest_name)).rev() {
            let Some(cities) = self.names.get(&first[..end].join(" ")) else { continue };
            let Some(mut narrowing) = self.qualifiers_in(&first[end..]) else { continue };
            narrowing.extend(after_commas.iter().copied());
            let best = cities
                .iter()
                .copied()
                .filter(|&city| narrowing.iter().all(|regions| self.city_is_in(city, regions)))
                .min_by_key(|&city| (Reverse(self.cities[city].population.unwrap_or(0)), city));
            if let Some(city) = best {
                let city = &self.cities[city];
                return Some(Found {
                    lat: city.lat,
                    lon: city.lon,
                    label: self.city_label(city),
                    precise: true,
                });
            }
        }
        None
    }

    /// "Houston, TX, United States" or "Paris, France".
    fn city_label(&self, city: &City) -> String {
        let region = &self.regions[city.region];
        match (&region.state, region.country) {
            (Some(state), Some(country)) => format!("{}, {state}, {}", city.name, self.regions[country].name),
            (Some(state), None) => format!("{}, {state}, {}", city.name, &region.code[..2]),
            (None, _) => format!("{}, {}", city.name, region.name),
        }
    }

    /// Whether a city lies in one of these regions (its state, or its country).
    fn city_is_in(&self, city: usize, regions: &[usize]) -> bool {
        let region = self.cities[city].region;
        regions.iter().any(|&r| r == region || Some(r) == self.regions[region].country)
    }

    /// The regions these words name, one entry per state or country named ("texas usa": two);
    /// `None` when a word is not part of any known name. Longest names are taken first.
    fn qualifiers_in(&self, words: &[String]) -> Option<Vec<&[usize]>> {
        let mut found = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let longest = self.longest_qualifier.min(words.len() - start);
            let (len, regions) = (1..=longest).rev().find_map(|len| {
                self.qualifiers.get(&words[start..start + len].join(" ")).map(|r| (len, r))
            })?;
            found.push(regions.as_slice());
            start += len;
        }
        Some(found)
    }

    fn read_region(&mut self, header: &str) -> Result<usize, String> {
        let [code, names] = fields(header)?[..] else {
            return Err("a region needs a code and a name, separated by a tab".to_owned());
        };
        let valid_code = match code.split_once('-') {
            None => is_country_code(code),
            Some((country, state)) => {
                is_country_code(country)
                    && (1..=3).contains(&state.len())
                    && state.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            }
        };
        if !valid_code {
            return Err(format!("“{code}” is not a region code such as “IN” or “US-TX”"));
        }
        let names = split_names(names)?;
        let index = self.regions.len();
        let state = code.split_once('-').map(|(_, state)| state.to_owned());
        let mut keys = vec![code.split_once('-').map_or(code, |(_, state)| state).to_ascii_lowercase()];
        keys.extend(names.iter().map(|name| words(name).join(" ")));
        for key in keys {
            self.longest_qualifier = self.longest_qualifier.max(key.split(' ').count());
            let regions = self.qualifiers.entry(key).or_default();
            if !regions.contains(&index) {
                regions.push(index);
            }
        }
        self.regions.push(Region { code: code.to_owned(), name: names[0].to_owned(), state, country: None });
        Ok(index)
    }

    fn read_place(&mut self, line: &str, region: usize) -> Result<(), String> {
        let fields = fields(line)?;
        if fields[0].len() == 3 && fields[0].bytes().all(|b| b.is_ascii_digit()) {
            let [prefix, lat, lon, city] = fields[..] else {
                return Err("a ZIP3 area needs a prefix, latitude, longitude and city".to_owned());
            };
            if self.regions[region].state.is_none() || !self.regions[region].code.starts_with("US-") {
                return Err(format!("ZIP3 area {prefix} is not in a US state"));
            }
            if self.areas.contains_key(prefix) {
                return Err(format!("ZIP3 area {prefix} is listed twice"));
            }
            let (lat, lon) = coordinates(lat, lon)?;
            let city = city.trim();
            if city.is_empty() {
                return Err(format!("ZIP3 area {prefix} has no city"));
            }
            self.areas.insert(prefix.to_owned(), Area { city: city.to_owned(), region, lat, lon });
            return Ok(());
        }
        let (names, lat, lon, population) = match fields[..] {
            [names, lat, lon] => (names, lat, lon, None),
            [names, lat, lon, population] => (names, lat, lon, Some(population)),
            _ => return Err("a city needs a name, latitude, longitude and perhaps a population".to_owned()),
        };
        let names = split_names(names)?;
        let (lat, lon) = coordinates(lat, lon)?;
        let population = match population {
            None => None,
            Some(p) => Some(p.parse::<u32>().map_err(|_| format!("“{p}” is not a population in thousands"))?),
        };
        let index = self.cities.len();
        for name in &names {
            let key = words(name).join(" ");
            self.longest_name = self.longest_name.max(key.split(' ').count());
            let cities = self.names.entry(key).or_default();
            if !cities.contains(&index) {
                cities.push(index);
            }
        }
        self.cities.push(City { name: names[0].to_owned(), region, lat, lon, population });
        Ok(())
    }
}

/// A line's tab-separated fields, trimmed; an error when the line is all one field.
fn fields(line: &str) -> Result<Vec<&str>, String> {
    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
    if fields.len() < 2 {
        return Err("expected fields separated by tabs".to_owned());
    }
    Ok(fields)
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// "Name|Alias|…": every name must have a letter or digit, or it could never be typed.
fn split_names(names: &str) -> Result<Vec<&str>, String> {
    let names: Vec<&str> = names.split('|').map(str::trim).collect();
    match names.iter().find(|name| words(name).is_empty()) {
        Some(name) => Err(format!("“{name}” is not a name")),
        None => Ok(names),
    }
}

fn coordinates(lat: &str, lon: &str) -> Result<(f64, f64), String> {
    let degrees = |text: &str, limit: f64, what: &str| match text.parse::<f64>() {
        Ok(value) if value.abs() <= limit => Ok(value),
        _ => Err(format!("“{text}” is not a {what} in degrees")),
    };
    Ok((degrees(lat, 90.0, "latitude")?, degrees(lon, 180.0, "longitude")?))
}

/// The five digits of a US ZIP code ("77030", "77030-1234"), or `None`.
fn zip_code(query: &str) -> Option<&str> {
    let (zip, plus4) = match query.split_once('-') {
        Some((zip, plus4)) => (zip.trim_end(), Some(plus4.trim_start())),
        None => (query, None),
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    (digits(zip, 5) && plus4.is_none_or(|p| digits(p, 4))).then_some(zip)
}

/// A name or query as compared: lower case, accents and apostrophes and periods removed, other
/// punctuation as spaces, split into words, "st" read as "saint" (and "ste", "ft", "mt").
/// scripts/build-places folds names the same way to find the cities that share one.
fn words(text: &str) -> Vec<String> {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => plain.push(c),
            '\'' | '’' | '‘' | 'ʼ' | '`' | '.' | '\u{300}'..='\u{36f}' => {}
            c if c.is_ascii() || !c.is_alphanumeric() => plain.push(' '),
            c => match PLAIN_LETTERS.iter().find(|(accented, _)| accented.contains(c)) {
                Some((_, letter)) => plain.push_str(letter),
                None => plain.push(c),
            },
        }
    }
    plain
        .split_whitespace()
        .map(|word| match word {
            "st" => "saint",
            "ste" => "sainte",
            "ft" => "fort",
            "mt" => "mount",
            word => word,
        })
        .map(str::to_owned)
        .collect()
}

/// Lower-case letters with accents (Latin-1, Latin Extended-A, the Vietnamese letters), and the
/// letters people write as two. A letter not listed stays as it is, so it matches only itself;
/// a test checks that every name in the shipped table folds to plain letters.
const PLAIN_LETTERS: &[(&str, &str)] = &[
    ("àáâãäåāăąǎạảấầẩẫậắằẳẵặ", "a"),
    ("çćĉċč", "c"),
    ("ďđð", "d"),
    ("èéêëēĕėęěẹẻẽếềểễệ", "e"),
    ("ĝğġģ", "g"),
    ("ĥħḩḥ", "h"),
    ("ìíîïĩīĭįıǐỉị", "i"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏőơǒọỏốồổỗộớờởỡợ", "o"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ţťŧț", "t"),
    ("ùúûüũūŭůűųưǔụủứừửữự", "u"),
    ("ŵ", "w"),
    ("ýÿŷỳỵỷỹ", "y"),
    ("źżž", "z"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("ß", "ss"),
    ("þ", "th"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A few places, chosen for the cases they exercise (shared names, accents, aliases).
    const TABLE: &str = "\
# A test table in the shipped format.
@BR\tBrazil
São Paulo\t-23.55\t-46.64
@CA\tCanada
Montréal\t45.51\t-73.59
Vancouver\t49.25\t-123.12\t600
@FR\tFrance
Paris\t48.85\t2.35\t2138
@GB\tUnited Kingdom|UK|England
Birmingham\t52.48\t-1.9\t1158
@PL\tPoland
Łódź\t51.77\t19.45
@RU\tRussia|Russian Federation
Saint Petersburg\t59.94\t30.31\t5352
@US\tUnited States|USA|United States of America
@US-AL\tAlabama
Birmingham\t33.52\t-86.8\t196
@US-DC\tDistrict of Columbia
Washington\t38.9\t-77.04
@US-FL\tFlorida
St. Petersburg\t27.77\t-82.68\t257
@US-IL\tIllinois
Springfield\t39.8\t-89.64\t114
@US-LA\tLouisiana
@US-MO\tMissouri
St. Louis\t38.63\t-90.2
Springfield\t37.22\t-93.3\t170
@US-NY\tNew York
100\t40.78\t-73.97\tNew York
New York City|New York|NYC\t40.71\t-74.01
@US-TX\tTexas
750\t33.04\t-96.79\tIrving
770\t29.78\t-95.41\tHouston
Houston\t29.76\t-95.36
Paris\t33.66\t-95.56\t25
@US-WA\tWashington
Vancouver\t45.64\t-122.66\t190
";

    /// What a query should find: label, latitude and longitude; `None` for nothing.
    type Expected = Option<(&'static str, f64, f64)>;

    const HOUSTON: Expected = Some(("Houston, TX, United States", 29.76, -95.36));
    const HOUSTON_ZIP: Expected = Some(("ZIP 77030 (Houston, TX area)", 29.78, -95.41));
    const NEW_YORK: Expected = Some(("New York City, NY, United States", 40.71, -74.01));

    /// Query → (label, lat, lon), or `None` when nothing should be found.
    const CASES: &[(&str, Expected)] = &[
        // One city, written many ways.
        ("Houston", HOUSTON),
        ("  houston  ", HOUSTON),
        ("HOUSTON", HOUSTON),
        ("Houston, TX", HOUSTON),
        ("Houston TX", HOUSTON),
        ("houston texas", HOUSTON),
        ("Houston,Texas", HOUSTON),
        ("Houston, Texas, United States", HOUSTON),
        ("Houston, TX, USA", HOUSTON),
        ("Houston, Texas, United States of America", HOUSTON),
        ("Houston, Harris County, Texas", HOUSTON),
        // A state or country that does not fit, or words that are not understood.
        ("Houston, LA", None),
        ("Houston, France", None),
        ("Houston Narnia", None),
        ("Hou", None),
        ("Houstonn", None),
        // Shared names: the state or country given, else the most populous.
        ("Paris", Some(("Paris, France", 48.85, 2.35))),
        ("paris france", Some(("Paris, France", 48.85, 2.35))),
        ("Paris, Texas", Some(("Paris, TX, United States", 33.66, -95.56))),
        ("Paris TX", Some(("Paris, TX, United States", 33.66, -95.56))),
        ("Paris, Texas, France", None),
        ("Springfield", Some(("Springfield, MO, United States", 37.22, -93.3))),
        ("Springfield, IL", Some(("Springfield, IL, United States", 39.8, -89.64))),
        ("springfield illinois usa", Some(("Springfield, IL, United States", 39.8, -89.64))),
        ("Vancouver", Some(("Vancouver, Canada", 49.25, -123.12))),
        ("Vancouver, WA", Some(("Vancouver, WA, United States", 45.64, -122.66))),
        ("Vancouver Washington", Some(("Vancouver, WA, United States", 45.64, -122.66))),
        ("Birmingham", Some(("Birmingham, United Kingdom", 52.48, -1.9))),
        ("Birmingham, AL", Some(("Birmingham, AL, United States", 33.52, -86.8))),
        ("Birmingham England", Some(("Birmingham, United Kingdom", 52.48, -1.9))),
        // Saint and St., aliases, a city named like a state.
        ("St. Louis", Some(("St. Louis, MO, United States", 38.63, -90.2))),
        ("Saint Louis", Some(("St. Louis, MO, United States", 38.63, -90.2))),
        ("st louis mo", Some(("St. Louis, MO, United States", 38.63, -90.2))),
        ("St. Petersburg", Some(("Saint Petersburg, Russia", 59.94, 30.31))),
        ("St Petersburg, FL", Some(("St. Petersburg, FL, United States", 27.77, -82.68))),
        ("Saint Petersburg, Russian Federation", Some(("Saint Petersburg, Russia", 59.94, 30.31))),
        ("New York", NEW_YORK),
        ("new york, ny", NEW_YORK),
        ("NYC", NEW_YORK),
        ("New York City", NEW_YORK),
        ("Washington", Some(("Washington, DC, United States", 38.9, -77.04))),
        ("Washington, D.C.", Some(("Washington, DC, United States", 38.9, -77.04))),
        ("Washington DC", Some(("Washington, DC, United States", 38.9, -77.04))),
        // Accents, typed or not, composed or not; a site label with a region we do not know.
        ("Montréal", Some(("Montréal, Canada", 45.51, -73.59))),
        ("MONTREAL", Some(("Montréal, Canada", 45.51, -73.59))),
        ("Montreal, Quebec, Canada", Some(("Montréal, Canada", 45.51, -73.59))),
        ("Sao Paulo", Some(("São Paulo, Brazil", -23.55, -46.64))),
        ("Sa\u{303}o Paulo", Some(("São Paulo, Brazil", -23.55, -46.64))),
        ("SÃO PAULO", Some(("São Paulo, Brazil", -23.55, -46.64))),
        ("Lodz", Some(("Łódź, Poland", 51.77, 19.45))),
        ("łódź", Some(("Łódź, Poland", 51.77, 19.45))),
        // ZIP codes: five digits or ZIP+4 give the middle of their 3-digit area.
        ("77030", HOUSTON_ZIP),
        (" 77030 ", HOUSTON_ZIP),
        ("77030-1234", HOUSTON_ZIP),
        ("77030 - 1234", HOUSTON_ZIP),
        ("10001", Some(("ZIP 10001 (New York, NY area)", 40.78, -73.97))),
        ("75001", Some(("ZIP 75001 (Irving, TX area)", 33.04, -96.79))),
        // No ZIP code starts with 000 or 213.
        ("21345", None),
        ("00000", None),
        ("770", None),
        ("7703", None),
        ("770301", None),
        ("77030-12", None),
        ("77030-", None),
        ("-77030", None),
        ("７７０３０", None),
        // Nothing to find.
        ("", None),
        ("   ", None),
        (",", None),
        (", Texas", None),
        ("Texas", None),
        ("USA", None),
        ("Xyzzy", None),
        ("東京", None),
        ("🙂", None),
        ("'.-", None),
    ];

    #[test]
    fn queries_find_the_expected_places() {
        let (places, diagnostics) = Places::parse(TABLE);
        assert_eq!(diagnostics, Vec::<String>::new());
        let mut wrong = Vec::new();
        for &(query, expected) in CASES {
            let found = places.find(query);
            let fits = match (&found, expected) {
                (None, None) => true,
                (Some(f), Some((label, lat, lon))) => {
                    f.label == label && (f.lat - lat).abs() < 0.01 && (f.lon - lon).abs() < 0.01
                }
                _ => false,
            };
            if !fits {
                wrong.push(format!("{query:?}: expected {expected:?}, found {found:?}"));
            }
        }
        assert!(wrong.is_empty(), "{} of {} queries:\n{}", wrong.len(), CASES.len(), wrong.join("\n"));
    }

    #[test]
    fn a_zip_code_is_marked_as_the_middle_of_its_area() {
        let (places, _) = Places::parse(TABLE);
        let zip = places.find("77030").unwrap();
        assert!(!zip.precise && zip.note().unwrap().contains("middle of its area"));
        let city = places.find("Houston").unwrap();
        assert!(city.precise && city.note().is_none());
    }

    /// Broken line → the diagnostic it gives; the good lines around them still load.
    const BROKEN: &[(&str, &str)] = &[
        ("Houston\t29.76\t-95.36", "line 1: a place outside any region"),
        ("@US-TX", "line 2: expected fields separated by tabs"),
        ("@\tNowhere", "line 3: “” is not a region code"),
        ("@us-tx\tTexas", "line 4: “us-tx” is not a region code"),
        ("@US-TEXAS\tTexas", "line 5: “US-TEXAS” is not a region code"),
        ("@XX\t...", "line 6: “...” is not a name"),
        ("Lost\t1\t2", "line 7: a place outside any region"),
        ("@US\tUnited States", ""),
        ("@US-TX\tTexas", ""),
        ("770\t29.78\t-95.41", "line 10: a ZIP3 area needs a prefix"),
        ("771\tnorth\t-95.41\tHouston", "line 11: “north” is not a latitude"),
        ("772\t29.78\t-195\tHouston", "line 12: “-195” is not a longitude"),
        ("773\tNaN\t-95\tHouston", "line 13: “NaN” is not a latitude"),
        ("774\t29.7\t-95.4\t", "line 14: ZIP3 area 774 has no city"),
        ("770\t29.78\t-95.41\tHouston", ""),
        ("770\t29.78\t-95.41\tHouston", "line 16: ZIP3 area 770 is listed twice"),
        ("Dallas", "line 17: expected fields separated by tabs"),
        ("Dallas\t32.78", "line 18: a city needs a name"),
        ("Dallas\t32.78\t-96.8\t1300\t5", "line 19: a city needs a name"),
        ("Dallas\t95\t-96.8", "line 20: “95” is not a latitude"),
        ("Dallas\t32.78\t-96.8\tmany", "line 21: “many” is not a population"),
        ("Dallas\t32.78\t-96.8\t-5", "line 22: “-5” is not a population"),
        ("Dallas||Big D\t32.78\t-96.8", "line 23: “” is not a name"),
        ("\t32.78\t-96.8", "line 24: “” is not a name"),
        ("Houston\t29.76\t-95.36", ""),
        ("@FR\tFrance", ""),
        ("750\t48.85\t2.35\tParis", "line 27: ZIP3 area 750 is not in a US state"),
        ("Paris\t48.85\t2.35\t2138", ""),
    ];

    #[test]
    fn broken_lines_give_diagnostics_and_the_rest_loads() {
        let text: String = BROKEN.iter().map(|(line, _)| format!("{line}\n")).collect();
        let (places, diagnostics) = Places::parse(&text);
        let expected: Vec<&str> = BROKEN.iter().map(|(_, why)| *why).filter(|why| !why.is_empty()).collect();
        assert_eq!(diagnostics.len(), expected.len(), "{diagnostics:#?}");
        for (diagnostic, expected) in diagnostics.iter().zip(expected) {
            assert!(diagnostic.starts_with(expected), "{diagnostic:?} should start with {expected:?}");
        }
        assert_eq!(places.find("Houston").unwrap().label, "Houston, TX, United States");
        assert_eq!(places.find("77001").unwrap().label, "ZIP 77001 (Houston, TX area)");
        assert_eq!(places.find("Paris").unwrap().label, "Paris, France");
        assert!(places.find("Dallas").is_none());
    }

    #[test]
    fn a_long_query_is_answered_at_once() {
        let (places, _) = Places::parse(TABLE);
        let long = "Houston ".repeat(20_000);
        let start = std::time::Instant::now();
        assert_eq!(places.find(&long), None);
        assert_eq!(
            places.find(&format!("Houston,{}", " Texas,".repeat(20_000))).unwrap().label,
            "Houston, TX, United States"
        );
        assert!(start.elapsed() < std::time::Duration::from_secs(1), "{:?}", start.elapsed());
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            "\u{feff}",
            "@",
            "\t",
            "@\t",
            "@US\t|",
            "#\n@US\tUS\n1\t2",
            "@US-TX\tTexas\n\t\t\t",
            "\r\n\r\n",
        ] {
            let (places, _) = Places::parse(text);
            for query in ["", "a", "77030", "Texas", "Texas, US"] {
                let _ = places.find(query);
            }
        }
    }

    /// The shipped table: it reads without a diagnostic, finds places people type, every name
    /// can be typed in plain letters, and cities that share a name have populations to choose by.
    #[test]
    fn the_shipped_table_reads_cleanly_and_finds_well_known_places() {
        let (places, diagnostics) = Places::parse(include_str!("../../../data/places.tsv"));
        assert_eq!(diagnostics, Vec::<String>::new());
        assert!(places.cities.len() > 1500 && places.areas.len() > 800, "a short table");
        for (query, label) in [
            ("Houston", "Houston, TX, United States"),
            ("houston texas", "Houston, TX, United States"),
            ("77030", "ZIP 77030 (Houston, TX area)"),
            ("10021", "ZIP 10021 (New York, NY area)"),
            ("55905", "ZIP 55905 (Rochester, MN area)"),
            ("New York", "New York City, NY, United States"),
            ("Saint Louis", "St. Louis, MO, United States"),
            ("Boston, MA", "Boston, MA, United States"),
            ("Rochester, MN", "Rochester, MN, United States"),
            ("Portland", "Portland, OR, United States"),
            ("Washington, D.C.", "Washington, DC, United States"),
            ("Paris", "Paris, France"),
            ("London", "London, United Kingdom"),
            ("Toronto, Ontario, Canada", "Toronto, Canada"),
            ("Sao Paulo", "São Paulo, Brazil"),
            ("Koln", "Köln, Germany"),
            ("Cologne", "Köln, Germany"),
            ("Seoul, Korea, Republic of", "Seoul, South Korea"),
        ] {
            assert_eq!(places.find(query).map(|f| f.label), Some(label.to_owned()), "{query}");
        }
        for query in ["00000", "21345", "Xyzzy", "770", ""] {
            assert_eq!(places.find(query), None, "{query}");
        }
        let unfolded: Vec<&str> = places
            .cities
            .iter()
            .map(|c| c.name.as_str())
            .chain(places.regions.iter().map(|r| r.name.as_str()))
            .filter(|name| words(name).iter().any(|w| !w.is_ascii()))
            .collect();
        assert_eq!(unfolded, Vec::<&str>::new(), "names with letters PLAIN_LETTERS does not fold");
        let unranked: Vec<&String> = places
            .names
            .iter()
            .filter(|(_, cities)| {
                cities.len() > 1 && cities.iter().any(|&c| places.cities[c].population.is_none())
            })
            .map(|(name, _)| name)
            .collect();
        assert_eq!(unranked, Vec::<&String>::new(), "shared names without populations");
    }
}
