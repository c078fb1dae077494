//! The ClinicalTrials.gov API v2 study JSON, as Rust types: the only place that knows the
//! wire format. Every module and field is optional and enum values stay strings here, so a
//! record with gaps or new values still reads; `convert` turns them into engine types.

use crate::from_json_fields;
use crate::json::Loose;

#[derive(Debug, Default, Clone)]
pub struct WireStudy {
    pub protocol_section: Option<ProtocolSection>,
    pub derived_section: Option<DerivedSection>,
    pub has_results: Option<bool>,
}

#[derive(Debug, Default, Clone)]
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

#[derive(Debug, Default, Clone)]
pub struct IdentificationModule {
    pub nct_id: Option<String>,
    pub brief_title: Option<String>,
    pub official_title: Option<String>,
    pub acronym: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct StatusModule {
    pub overall_status: Option<String>,
    pub start_date_struct: Option<DateStruct>,
    pub last_update_post_date_struct: Option<DateStruct>,
}

#[derive(Debug, Default, Clone)]
pub struct DateStruct {
    pub date: Option<String>,
    pub kind: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct SponsorModule {
    pub lead_sponsor: Option<Sponsor>,
}

#[derive(Debug, Default, Clone)]
pub struct Sponsor {
    pub name: Option<String>,
    pub class: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct DescriptionModule {
    pub brief_summary: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct ConditionsModule {
    pub conditions: Vec<String>,
    pub keywords: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct DesignModule {
    pub study_type: Option<String>,
    pub phases: Vec<String>,
    pub design_info: Option<DesignInfo>,
    pub enrollment_info: Option<EnrollmentInfo>,
}

#[derive(Debug, Default, Clone)]
pub struct DesignInfo {
    pub allocation: Option<String>,
    pub intervention_model: Option<String>,
    pub primary_purpose: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct EnrollmentInfo {
    /// Real records hold an integer; a float or string is tolerated by `convert`.
    pub count: Option<Loose>,
    pub kind: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct ArmsInterventionsModule {
    pub arm_groups: Vec<ArmGroup>,
    pub interventions: Vec<Intervention>,
}

#[derive(Debug, Default, Clone)]
pub struct ArmGroup {
    pub label: Option<String>,
    pub kind: Option<String>,
    pub description: Option<String>,
    pub intervention_names: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Intervention {
    pub kind: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub other_names: Vec<String>,
    pub arm_group_labels: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct EligibilityModule {
    pub eligibility_criteria: Option<String>,
    pub healthy_volunteers: Option<bool>,
    pub sex: Option<String>,
    pub minimum_age: Option<String>,
    pub maximum_age: Option<String>,
    pub std_ages: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct ContactsLocationsModule {
    pub central_contacts: Vec<Contact>,
    pub locations: Vec<Location>,
}

#[derive(Debug, Default, Clone)]
pub struct Contact {
    pub name: Option<String>,
    pub role: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Location {
    pub facility: Option<String>,
    pub status: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub zip: Option<String>,
    pub country: Option<String>,
    pub contacts: Vec<Contact>,
    pub geo_point: Option<GeoPoint>,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Default, Clone)]
pub struct DerivedSection {
    pub condition_browse_module: Option<BrowseModule>,
}

#[derive(Debug, Default, Clone)]
pub struct BrowseModule {
    pub meshes: Vec<Mesh>,
}

#[derive(Debug, Default, Clone)]
pub struct Mesh {
    pub id: Option<String>,
    pub term: Option<String>,
}

// The JSON key of every field: a key not listed here is skipped, so new fields are harmless.
from_json_fields!(WireStudy {
    protocol_section = "protocolSection",
    derived_section = "derivedSection",
    has_results = "hasResults",
});
from_json_fields!(ProtocolSection {
    identification_module = "identificationModule",
    status_module = "statusModule",
    sponsor_collaborators_module = "sponsorCollaboratorsModule",
    description_module = "descriptionModule",
    conditions_module = "conditionsModule",
    design_module = "designModule",
    arms_interventions_module = "armsInterventionsModule",
    eligibility_module = "eligibilityModule",
    contacts_locations_module = "contactsLocationsModule",
});
from_json_fields!(IdentificationModule {
    nct_id = "nctId",
    brief_title = "briefTitle",
    official_title = "officialTitle",
    acronym = "acronym",
});
from_json_fields!(StatusModule {
    overall_status = "overallStatus",
    start_date_struct = "startDateStruct",
    last_update_post_date_struct = "lastUpdatePostDateStruct",
});
from_json_fields!(DateStruct { date = "date", kind = "type" });
from_json_fields!(SponsorModule { lead_sponsor = "leadSponsor" });
from_json_fields!(Sponsor { name = "name", class = "class" });
from_json_fields!(DescriptionModule { brief_summary = "briefSummary" });
from_json_fields!(ConditionsModule { conditions = "conditions", keywords = "keywords" });
from_json_fields!(DesignModule {
    study_type = "studyType",
    phases = "phases",
    design_info = "designInfo",
    enrollment_info = "enrollmentInfo",
});
from_json_fields!(DesignInfo {
    allocation = "allocation",
    intervention_model = "interventionModel",
    primary_purpose = "primaryPurpose",
});
from_json_fields!(EnrollmentInfo { count = "count", kind = "type" });
from_json_fields!(ArmsInterventionsModule { arm_groups = "armGroups", interventions = "interventions" });
from_json_fields!(ArmGroup {
    label = "label",
    kind = "type",
    description = "description",
    intervention_names = "interventionNames",
});
from_json_fields!(Intervention {
    kind = "type",
    name = "name",
    description = "description",
    other_names = "otherNames",
    arm_group_labels = "armGroupLabels",
});
from_json_fields!(EligibilityModule {
    eligibility_criteria = "eligibilityCriteria",
    healthy_volunteers = "healthyVolunteers",
    sex = "sex",
    minimum_age = "minimumAge",
    maximum_age = "maximumAge",
    std_ages = "stdAges",
});
from_json_fields!(ContactsLocationsModule { central_contacts = "centralContacts", locations = "locations" });
from_json_fields!(Contact { name = "name", role = "role", phone = "phone", email = "email" });
from_json_fields!(Location {
    facility = "facility",
    status = "status",
    city = "city",
    state = "state",
    zip = "zip",
    country = "country",
    contacts = "contacts",
    geo_point = "geoPoint",
});
from_json_fields!(GeoPoint { lat = "lat", lon = "lon" });
from_json_fields!(DerivedSection { condition_browse_module = "conditionBrowseModule" });
from_json_fields!(BrowseModule { meshes = "meshes" });
from_json_fields!(Mesh { id = "id", term = "term" });
