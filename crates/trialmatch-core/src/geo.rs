//! Distances on the device: great-circle distance between two points, and which of a trial's
//! sites is nearest to a person. Coordinates are `(latitude, longitude)` in degrees, as
//! [`Site::geo`] holds them. Nothing here leaves the device; the page computes every distance.

use crate::registry::{Site, Trial};

/// The mean Earth radius (IUGG), in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Kilometres in one statute mile, for people who think in miles.
pub const KM_PER_MILE: f64 = 1.609_344;

/// Great-circle distance in kilometres between two `(lat, lon)` points (haversine formula,
/// accurate to about 0.5 % — far better than anyone needs to choose a hospital).
pub fn distance_km(from: (f64, f64), to: (f64, f64)) -> f64 {
    let (lat1, lon1) = (from.0.to_radians(), from.1.to_radians());
    let (lat2, lon2) = (to.0.to_radians(), to.1.to_radians());
    let half_dlat = (lat2 - lat1) / 2.0;
    let half_dlon = (lon2 - lon1) / 2.0;
    let a = half_dlat.sin().powi(2) + lat1.cos() * lat2.cos() * half_dlon.sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// Whether a site could take someone: open statuses, or no status at all (many records leave
/// site statuses out while the study recruits).
fn site_is_open(site: &Site) -> bool {
    site.status.as_ref().is_none_or(|s| s.is_open())
}

/// The nearest site with coordinates, as `(index into trial.locations, km)`. Open sites are
/// preferred; when every site with coordinates is closed, the nearest closed one is returned.
pub fn nearest_site(trial: &Trial, from: (f64, f64)) -> Option<(usize, f64)> {
    let nearest = |open_only: bool| {
        trial
            .locations
            .iter()
            .enumerate()
            .filter(|(_, site)| !open_only || site_is_open(site))
            .filter_map(|(i, site)| site.geo.map(|geo| (i, distance_km(from, geo))))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    };
    nearest(true).or_else(|| nearest(false))
}

/// Every site of the trial with its distance (when both ends are known), nearest first; sites
/// without coordinates keep their order after the others.
pub fn sites_by_distance(trial: &Trial, from: Option<(f64, f64)>) -> Vec<(usize, Option<f64>)> {
    let mut sites: Vec<(usize, Option<f64>)> = trial
        .locations
        .iter()
        .enumerate()
        .map(|(i, site)| (i, from.zip(site.geo).map(|(a, b)| distance_km(a, b))))
        .collect();
    sites.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    sites
}

/// A distance for people: "12 km (7 mi)"; under 1 km says "under 1 km".
pub fn describe_km(km: f64) -> String {
    if km < 1.0 {
        "under 1 km".to_owned()
    } else {
        format!("{:.0} km ({:.0} mi)", km, km / KM_PER_MILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Status;

    fn site(name: &str, geo: Option<(f64, f64)>, status: Option<Status>) -> Site {
        Site {
            facility: Some(name.to_owned()),
            status,
            city: None,
            state: None,
            zip: None,
            country: None,
            contacts: Vec::new(),
            geo,
        }
    }

    fn trial(locations: Vec<Site>) -> Trial {
        let bytes = br#"{"protocolSection":{"identificationModule":{"nctId":"NCT00000001"}}}"#;
        let mut trial = crate::registry::load(bytes).unwrap().trials.remove(0);
        trial.locations = locations;
        trial
    }

    const PHILADELPHIA: (f64, f64) = (39.9526, -75.1652);
    const NEW_YORK: (f64, f64) = (40.7128, -74.0060);
    const LONDON: (f64, f64) = (51.5074, -0.1278);
    const SYDNEY: (f64, f64) = (-33.8688, 151.2093);

    #[test]
    fn known_city_distances() {
        let rounded = |a, b| distance_km(a, b).round();
        assert_eq!(rounded(PHILADELPHIA, NEW_YORK), 130.0);
        assert_eq!(rounded(NEW_YORK, LONDON), 5570.0);
        assert_eq!(rounded(LONDON, SYDNEY), 16994.0);
        assert_eq!(distance_km(LONDON, LONDON), 0.0);
    }

    #[test]
    fn distance_is_symmetric_and_handles_the_date_line_and_poles() {
        assert_eq!(distance_km(NEW_YORK, SYDNEY), distance_km(SYDNEY, NEW_YORK));
        // Two points 1° apart across the date line are about 111 km apart, not half the globe.
        assert_eq!(distance_km((0.0, 179.5), (0.0, -179.5)).round(), 111.0);
        // Pole to pole is half the circumference.
        let half = std::f64::consts::PI * EARTH_RADIUS_KM;
        assert!((distance_km((90.0, 0.0), (-90.0, 0.0)) - half).abs() < 1e-6);
    }

    #[test]
    fn nearest_site_prefers_open_sites_and_skips_missing_coordinates() {
        let t = trial(vec![
            site("no coordinates", None, None),
            site("New York, closed", Some(NEW_YORK), Some(Status::Completed)),
            site("London, recruiting", Some(LONDON), Some(Status::Recruiting)),
            site("Sydney, no status", Some(SYDNEY), None),
        ]);
        assert_eq!(nearest_site(&t, PHILADELPHIA).map(|(i, _)| i), Some(2));
        assert_eq!(nearest_site(&t, (-30.0, 150.0)).map(|(i, _)| i), Some(3));

        let closed_only = trial(vec![site("New York, closed", Some(NEW_YORK), Some(Status::Completed))]);
        assert_eq!(nearest_site(&closed_only, PHILADELPHIA).map(|(i, km)| (i, km.round())), Some((0, 130.0)));
        assert_eq!(nearest_site(&trial(vec![site("nowhere", None, None)]), PHILADELPHIA), None);
        assert_eq!(nearest_site(&trial(Vec::new()), PHILADELPHIA), None);
    }

    #[test]
    fn sites_sorted_nearest_first_with_unknown_last() {
        let t = trial(vec![
            site("a: unknown", None, None),
            site("b: London", Some(LONDON), None),
            site("c: New York", Some(NEW_YORK), None),
            site("d: unknown", None, None),
        ]);
        let order: Vec<usize> = sites_by_distance(&t, Some(PHILADELPHIA)).iter().map(|s| s.0).collect();
        assert_eq!(order, [2, 1, 0, 3]);
        let no_location: Vec<_> = sites_by_distance(&t, None);
        assert_eq!(no_location, [(0, None), (1, None), (2, None), (3, None)]);
    }

    #[test]
    fn distances_in_words() {
        assert_eq!(describe_km(0.4), "under 1 km");
        assert_eq!(describe_km(130.0), "130 km (81 mi)");
    }
}
