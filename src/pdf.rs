//! The text of a PDF report, read on the device with pdf.js (Mozilla's PDF reader, vendored in
//! `assets/pdfjs/` by `scripts/update-pdfjs` and served from the page's own origin). It is
//! loaded only when someone chooses a PDF — 514 KB gzipped that nobody else downloads — and
//! runs with `isEvalSupported: false`, under the page's Content-Security-Policy.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export async function pdf_text(bytes) {
  // The snippet's own address is not the page's: resolve against the document, so a page
  // under a sub-path still loads its own copy.
  const base = document.baseURI;
  const pdfjs = await import(new URL("pdfjs/pdf.min.mjs", base).href);
  pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs/pdf.worker.min.mjs", base).href;
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = "";
    for (const item of content.items) {
      text += item.str;
      if (item.hasEOL) text += "\n";
      else if (item.str && !text.endsWith(" ")) text += " ";
    }
    pages.push(text);
    page.cleanup();
  }
  await task.destroy();
  return pages.join("\n");
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn pdf_text(bytes: Uint8Array) -> Result<JsValue, JsValue>;
}

/// The text of a PDF, line by line as pdf.js lays it out. Errors are sentences for the page.
pub async fn text_of(bytes: &[u8]) -> Result<String, String> {
    let array = Uint8Array::from(bytes);
    match pdf_text(array).await {
        Ok(text) => text.as_string().ok_or_else(|| "The PDF gave no text.".to_owned()),
        Err(error) => {
            let why = js_sys::Reflect::get(&error, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default();
            Err(format!(
                "This PDF could not be read on this device{}. Copy its text and paste it instead.",
                if why.is_empty() { String::new() } else { format!(" ({why})") }
            ))
        }
    }
}
