//! Turns one wire record into a [`Trial`]. The only hard requirement is an ID: without one a
//! trial cannot be named, linked or de-duplicated. Every other gap becomes an empty value.

use super::model::*;
use super::wire;
use crate::text::unescape_markdown;

/// Why a record could not become a trial.
pub(crate) type Rejection = String;

pub(crate) fn trial_from_wire(study: wire::WireStudy) -> Result<Trial, Rejection> {
    let read_ahead = study.trialmatch.map(|raw| raw.get().to_owned());
    let protocol = study.protocol_section.ok_or("it has no protocolSection")?;
    let identification = protocol.identification_module.unwrap_or_default();
    let id = identification
        .nct_id
        .map(|id| id.trim().to_owned())
        .filter(|id| !id.is_empty())
        .ok_or("it has no nctId")?;

    let status = protocol.status_module.unwrap_or_default();
    let design = protocol.design_module.unwrap_or_default();
    let conditions = protocol.conditions_module.unwrap_or_default();
    let arms = protocol.arms_interventions_module.unwrap_or_default();
    let eligibility = protocol.eligibility_module.unwrap_or_default();
    let contacts = protocol.contacts_locations_module.unwrap_or_default();
    let design_info = design.design_info.unwrap_or_default();

    let brief_title = identification
        .brief_title
        .or_else(|| identification.official_title.clone())
        .map(|t| unescape_markdown(&t))
        .unwrap_or_else(|| format!("Untitled study {id}"));

    Ok(Trial {
        brief_title,
        official_title: identification.official_title.map(|t| unescape_markdown(&t)),
        acronym: identification.acronym,
        status: status.overall_status.as_deref().map(Status::from_wire).unwrap_or(Status::Unknown),
        phases: design.phases.iter().map(|p| Phase::from_wire(p)).collect(),
        study_type: design.study_type.as_deref().map(StudyType::from_wire),
        allocation: design_info.allocation.as_deref().map(Allocation::from_wire),
        enrollment: design.enrollment_info.and_then(|e| e.count).and_then(|c| count(&c)),
        start_date: status.start_date_struct.and_then(|d| d.date),
        last_update: status.last_update_post_date_struct.and_then(|d| d.date),
        conditions: conditions.conditions,
        keywords: conditions.keywords,
        mesh_terms: study
            .derived_section
            .and_then(|d| d.condition_browse_module)
            .map(|b| b.meshes.into_iter().filter_map(|m| m.term).collect())
            .unwrap_or_default(),
        interventions: arms
            .interventions
            .into_iter()
            .filter_map(|i| {
                Some(Intervention {
                    kind: i
                        .kind
                        .as_deref()
                        .map(InterventionType::from_wire)
                        .unwrap_or(InterventionType::OtherKind),
                    name: i.name?,
                    other_names: i.other_names,
                    description: i.description.map(|d| unescape_markdown(&d)),
                })
            })
            .collect(),
        arm_groups: arms
            .arm_groups
            .into_iter()
            .map(|a| ArmGroup {
                label: a.label.unwrap_or_default(),
                kind: a.kind,
                description: a.description.map(|d| unescape_markdown(&d)),
                interventions: a.intervention_names,
            })
            .collect(),
        eligibility: Eligibility {
            criteria: eligibility.eligibility_criteria.map(|c| unescape_markdown(&c)).unwrap_or_default(),
            min_age: eligibility.minimum_age.as_deref().and_then(Age::parse),
            max_age: eligibility.maximum_age.as_deref().and_then(Age::parse),
            sex: eligibility.sex.as_deref().map(Sex::from_wire).unwrap_or_default(),
            healthy_volunteers: eligibility.healthy_volunteers,
            std_ages: eligibility.std_ages.iter().map(|a| StdAge::from_wire(a)).collect(),
        },
        locations: contacts.locations.into_iter().map(site).collect(),
        central_contacts: contacts.central_contacts.into_iter().map(contact).collect(),
        lead_sponsor: protocol.sponsor_collaborators_module.and_then(|s| s.lead_sponsor).and_then(|s| s.name),
        brief_summary: protocol
            .description_module
            .and_then(|d| d.brief_summary)
            .map(|s| unescape_markdown(&s)),
        id,
        read_ahead,
    })
}

/// Real records hold a whole number; a fraction or a number written as text is tolerated.
fn count(value: &serde_json::Value) -> Option<u32> {
    match value {
        serde_json::Value::Number(n) => n.as_u64().or_else(|| n.as_f64().map(|f| f.max(0.0) as u64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .map(|n| n.min(u64::from(u32::MAX)) as u32)
}

fn site(location: wire::Location) -> Site {
    Site {
        facility: location.facility,
        status: location.status.as_deref().map(Status::from_wire),
        city: location.city,
        state: location.state,
        zip: location.zip,
        country: location.country,
        contacts: location.contacts.into_iter().map(contact).collect(),
        geo: location
            .geo_point
            .filter(|g| g.lat.is_finite() && g.lon.is_finite() && g.lat.abs() <= 90.0 && g.lon.abs() <= 180.0)
            .map(|g| (g.lat, g.lon)),
    }
}

fn contact(contact: wire::Contact) -> Contact {
    Contact { name: contact.name, phone: contact.phone, email: contact.email }
}
