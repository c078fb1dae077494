#!/usr/bin/env python3
"""Trunk post-build hook: puts the SHA-256 hash of every inline <script> of the built page into
its Content Security Policy, replacing the placeholder 'inline-script-hashes'. Trunk writes its
loader inline and the loader names hashed files, so the hash changes with every build; the
policy can only be completed after the page is written."""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "'inline-script-hashes'"

path = os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
with open(path, encoding="utf-8") as f:
    html = f.read()
if PLACEHOLDER not in html:
    sys.exit("csp_hash.py: the page has no Content-Security-Policy placeholder " + PLACEHOLDER)
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
    for body in scripts
)
with open(path, "w", encoding="utf-8") as f:
    f.write(html.replace(PLACEHOLDER, hashes or "'none'"))
print(f"csp_hash.py: {len(scripts)} inline script(s) hashed into the policy")
