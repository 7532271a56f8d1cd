"""A plain `pip install .` must carry the bundled library and resources, or the app starts empty."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_the_library_and_finds_it_when_installed(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True)
    wheel = next(tmp_path.glob("spacereader-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for bundled in ("articles/mission-proxima.md", "resources/astronauts/chris-hadfield.yaml",
                    "resources/styles/reader.css", "resources/icons/spacereader.svg"):
        assert f"spacereader/_data/{bundled}" in names
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    found = subprocess.run(
        [sys.executable, "-c", "from spacereader.paths import bundled_library as b; print(len(list(b().glob('*.md'))), b())"],
        cwd=tmp_path, env={"PYTHONPATH": str(installed)}, capture_output=True, text=True, check=True).stdout.split()
    assert int(found[0]) >= 8
    assert Path(found[1]).is_relative_to(installed)
