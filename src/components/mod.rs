//! The page's components, one per file.

pub mod about_step;
pub mod changes_panel;
pub mod choice_group;
pub mod diagnosis_step;
pub mod eligibility_checklist;
pub mod header;
pub mod health_step;
pub mod location_step;
pub mod marker_question;
pub mod number_field;
pub mod page_notices;
pub mod print_sheet;
pub mod questionnaire;
pub mod reason_item;
pub mod remember_answers;
pub mod result_filters;
pub mod results_panel;
pub mod share_tools;
pub mod site_list;
pub mod status_step;
pub mod surface_markers_step;
pub mod term_help;
pub mod test_results_step;
pub mod trial_card;
pub mod trial_data_panel;
pub mod trial_summary;
