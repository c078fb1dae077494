//! Entry point of the web page: installs the friendly panic screen, refuses to run inside
//! another site's frame, mounts the app on `<body>`, and registers the offline copy.

fn main() {
    trialmatch_app::panic_screen::install();
    if trialmatch_app::device::framed() {
        trialmatch_app::device::show_framed_notice();
        return;
    }
    leptos::mount::mount_to_body(trialmatch_app::App);
    trialmatch_app::device::register_service_worker();
}
