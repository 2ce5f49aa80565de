"""`make screenshot`: the README's picture of the home page, taken from a fresh build.

Builds the site, serves it on 127.0.0.1 and saves the top of the home page at a desktop size in
Debian's Chromium (Playwright, no downloaded browser) to .github/assets/screenshot-home.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.serve import serve

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".github" / "assets" / "screenshot-home.png"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update"]  # fmt: skip


def main() -> int:
    browser = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not browser:
        sys.exit("make screenshot needs Chromium: sudo apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                        str(site)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        with serve(site) as url, sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=browser, headless=True, args=FLAGS)
            page = chromium.new_page(viewport={"width": 1280, "height": 860})
            page.goto(url, wait_until="networkidle")
            page.screenshot(path=str(OUT))
            chromium.close()
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
