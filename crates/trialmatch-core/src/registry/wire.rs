//! The ClinicalTrials.gov API v2 study JSON, as Rust types: the only place that knows the
//! wire format. Every module and field is optional (a missing key or `null` reads as empty),
//! unknown keys are ignored, and enum values stay strings here, so a record with gaps or new
//! values still reads; `convert` turns them into engine types. Each field's JSON key is its
//! name in camelCase, so a key cannot be misspelled apart from its field.

use serde::{Deserialize, Deserializer, Serialize};

/// A list that may also be written as `null`, which reads as empty.
fn null_as_empty<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    Option::<Vec<T>>::deserialize(deserializer).map(Option::unwrap_or_default)
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WireStudy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol_section: Option<ProtocolSection>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived_section: Option<DerivedSection>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_results: Option<bool>,
    /// Not the registry's: requirements read ahead by `trialmatch sync` (see
    /// [`crate::reading::ahead`]), kept as written until the catalog is built.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trialmatch: Option<Box<serde_json::value::RawValue>>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ProtocolSection {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identification_module: Option<IdentificationModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_module: Option<StatusModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sponsor_collaborators_module: Option<SponsorModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_module: Option<DescriptionModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions_module: Option<ConditionsModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub design_module: Option<DesignModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arms_interventions_module: Option<ArmsInterventionsModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_module: Option<EligibilityModule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contacts_locations_module: Option<ContactsLocationsModule>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct IdentificationModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nct_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brief_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub official_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StatusModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overall_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date_struct: Option<DateStruct>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_update_post_date_struct: Option<DateStruct>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DateStruct {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SponsorModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_sponsor: Option<Sponsor>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Sponsor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DescriptionModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brief_summary: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ConditionsModule {
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DesignModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub study_type: Option<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub design_info: Option<DesignInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollment_info: Option<EnrollmentInfo>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DesignInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervention_model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_purpose: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EnrollmentInfo {
    /// Real records hold an integer; a float or string is tolerated by `convert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<serde_json::Value>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ArmsInterventionsModule {
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub arm_groups: Vec<ArmGroup>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub interventions: Vec<Intervention>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ArmGroup {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub intervention_names: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Intervention {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub arm_group_labels: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EligibilityModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_criteria: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub healthy_volunteers: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub std_ages: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ContactsLocationsModule {
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub central_contacts: Vec<Contact>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo_point: Option<GeoPoint>,
}

#[derive(Debug, Default, Clone, Copy, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DerivedSection {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition_browse_module: Option<BrowseModule>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BrowseModule {
    #[serde(deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub meshes: Vec<Mesh>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Mesh {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
}
