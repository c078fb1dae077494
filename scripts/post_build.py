#!/usr/bin/env python3
"""Trunk post-build hook, two steps on the built page (Trunk runs hooks of one stage at the same
time, so both live here, in order):

1. The style sheets, kept as separate files in style/ for editing, become one file: one request
   and one gzip stream instead of seven (about 2 KB less to download). Order is kept, so the
   cascade is unchanged, and the link gets a new integrity hash.
2. The SHA-256 hash of every inline <script> goes into the Content Security Policy, replacing
   the placeholder 'inline-script-hashes'. Trunk writes its loader inline and the loader names
   hashed files, so the hash changes with every build; the policy can only be completed after
   the page is written.
3. The service worker (sw.js, copied from assets/) gets the build's name — a hash of the page,
   which names every other file by its hash — and the list of the build's files to keep on the
   device. A new build is a new name, so browsers install it and drop the old cache."""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "'inline-script-hashes'"
STAGING = os.environ["TRUNK_STAGING_DIR"]


def attribute(tag, name):
    match = re.search(r"\b" + name + r"""=(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag)
    return next((g for g in match.groups() if g is not None), None) if match else None


def bundle_styles(html):
    links = [
        tag for tag in re.findall(r"<link\b[^>]*>", html)
        if attribute(tag, "rel") == "stylesheet" and (attribute(tag, "href") or "").endswith(".css")
    ]
    if len(links) < 2:
        return html
    names = [attribute(tag, "href").rsplit("/", 1)[-1] for tag in links]
    parts = []
    for name in names:
        with open(os.path.join(STAGING, name), encoding="utf-8") as f:
            parts.append(f.read())
        os.remove(os.path.join(STAGING, name))
    css = "\n".join(parts).encode("utf-8")
    name = "style-" + hashlib.sha256(css).hexdigest()[:16] + ".css"
    with open(os.path.join(STAGING, name), "wb") as f:
        f.write(css)
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(css).digest()).decode()
    prefix = attribute(links[0], "href")[: -len(names[0])]
    html = html.replace(links[0], f'<link rel="stylesheet" href="{prefix}{name}" integrity="{integrity}">', 1)
    for tag in links[1:]:
        html = html.replace(tag, "", 1)
    print(f"post_build.py: {len(names)} style sheets bundled into {name}")
    return html


def hash_inline_scripts(html):
    if PLACEHOLDER not in html:
        sys.exit("post_build.py: the page has no Content-Security-Policy placeholder " + PLACEHOLDER)
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in scripts
    )
    print(f"post_build.py: {len(scripts)} inline script(s) hashed into the policy")
    return html.replace(PLACEHOLDER, hashes or "'none'")


def fill_service_worker(page):
    path = os.path.join(STAGING, "sw.js")
    if not os.path.exists(path):
        sys.exit("post_build.py: sw.js is missing from the build (index.html copies assets/sw.js)")
    files = ["./"]
    for folder, _, names in os.walk(STAGING):
        for name in sorted(names):
            relative = os.path.relpath(os.path.join(folder, name), STAGING).replace(os.sep, "/")
            # pdf.js (514 KB gzipped) is fetched only when someone reads a PDF report; keeping it
            # for everyone would download it on every first visit.
            if relative.startswith("pdfjs/"):
                continue
            if relative not in ("sw.js", "_headers") and not relative.endswith((".map", ".gz")):
                files.append(relative)
    build = "tm-" + hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
    with open(path, encoding="utf-8") as f:
        worker = f.read()
    for placeholder in ('"tm-build-placeholder"', '["files-placeholder"]'):
        if placeholder not in worker:
            sys.exit("post_build.py: sw.js has no " + placeholder)
    worker = worker.replace('"tm-build-placeholder"', '"' + build + '"')
    worker = worker.replace('["files-placeholder"]', "[" + ", ".join('"' + f + '"' for f in sorted(files)) + "]")
    with open(path, "w", encoding="utf-8") as f:
        f.write(worker)
    print(f"post_build.py: service worker {build} keeps {len(files)} files")


path = os.path.join(STAGING, "index.html")
with open(path, encoding="utf-8") as f:
    page = f.read()
page = hash_inline_scripts(bundle_styles(page))
with open(path, "w", encoding="utf-8") as f:
    f.write(page)
fill_service_worker(page)
