//! The ClinicalTrials.gov API v2 study JSON, as Rust types: the only place that knows the
//! wire format. Every module and field is optional (a missing key or `null` reads as empty),
//! unknown keys are ignored, and enum values stay strings here, so a record with gaps or new
//! values still reads; `convert` turns them into engine types. Each field's JSON key is its
//! name in camelCase, so a key cannot be misspelled apart from its field.

use serde::{Deserialize, Deserializer};

/// A list that may also be written as `null`, which reads as empty.
fn null_as_empty<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    Option::<Vec<T>>::deserialize(deserializer).map(Option::unwrap_or_default)
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WireStudy {
    pub protocol_section: Option<ProtocolSection>,
    pub derived_section: Option<DerivedSection>,
    pub has_results: Option<bool>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ProtocolSection {
    pub identification_module: Option<IdentificationModule>,
    pub status_module: Option<StatusModule>,
    pub sponsor_collaborators_module: Option<SponsorModule>,
    pub description_module: Option<DescriptionModule>,
    pub conditions_module: Option<ConditionsModule>,
    pub design_module: Option<DesignModule>,
    pub arms_interventions_module: Option<ArmsInterventionsModule>,
    pub eligibility_module: Option<EligibilityModule>,
    pub contacts_locations_module: Option<ContactsLocationsModule>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct IdentificationModule {
    pub nct_id: Option<String>,
    pub brief_title: Option<String>,
    pub official_title: Option<String>,
    pub acronym: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StatusModule {
    pub overall_status: Option<String>,
    pub start_date_struct: Option<DateStruct>,
    pub last_update_post_date_struct: Option<DateStruct>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DateStruct {
    pub date: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SponsorModule {
    pub lead_sponsor: Option<Sponsor>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Sponsor {
    pub name: Option<String>,
    pub class: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DescriptionModule {
    pub brief_summary: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ConditionsModule {
    #[serde(deserialize_with = "null_as_empty")]
    pub conditions: Vec<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub keywords: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DesignModule {
    pub study_type: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub phases: Vec<String>,
    pub design_info: Option<DesignInfo>,
    pub enrollment_info: Option<EnrollmentInfo>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DesignInfo {
    pub allocation: Option<String>,
    pub intervention_model: Option<String>,
    pub primary_purpose: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EnrollmentInfo {
    /// Real records hold an integer; a float or string is tolerated by `convert`.
    pub count: Option<serde_json::Value>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ArmsInterventionsModule {
    #[serde(deserialize_with = "null_as_empty")]
    pub arm_groups: Vec<ArmGroup>,
    #[serde(deserialize_with = "null_as_empty")]
    pub interventions: Vec<Intervention>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ArmGroup {
    pub label: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub description: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub intervention_names: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Intervention {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub other_names: Vec<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub arm_group_labels: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EligibilityModule {
    pub eligibility_criteria: Option<String>,
    pub healthy_volunteers: Option<bool>,
    pub sex: Option<String>,
    pub minimum_age: Option<String>,
    pub maximum_age: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub std_ages: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ContactsLocationsModule {
    #[serde(deserialize_with = "null_as_empty")]
    pub central_contacts: Vec<Contact>,
    #[serde(deserialize_with = "null_as_empty")]
    pub locations: Vec<Location>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Contact {
    pub name: Option<String>,
    pub role: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Location {
    pub facility: Option<String>,
    pub status: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub zip: Option<String>,
    pub country: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub contacts: Vec<Contact>,
    pub geo_point: Option<GeoPoint>,
}

#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DerivedSection {
    pub condition_browse_module: Option<BrowseModule>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BrowseModule {
    #[serde(deserialize_with = "null_as_empty")]
    pub meshes: Vec<Mesh>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Mesh {
    pub id: Option<String>,
    pub term: Option<String>,
}
