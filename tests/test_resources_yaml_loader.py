"""Every YAML data file under rules/ reads the same through libyaml (SAFE_LOADER, the fast
parser read_config_yaml uses) as through PyYAML's pure-Python SafeLoader."""

from __future__ import annotations

import pytest
import yaml

from tips_nlp.resources import SAFE_LOADER, rules_dir, safe_load_yaml

DATA_FILES = sorted(rules_dir().rglob("*.yml"))


def test_rules_hold_yaml_files():
    assert len(DATA_FILES) > 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(rules_dir())))
def test_fast_loader_reads_each_data_file_as_safe_load_does(path):
    text = path.read_text(encoding="utf-8")
    fast, plain = safe_load_yaml(text), yaml.safe_load(text)
    assert fast == plain and repr(fast) == repr(plain)


def test_fast_loader_is_a_safe_loader():
    assert issubclass(SAFE_LOADER, (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    with pytest.raises(yaml.YAMLError):
        safe_load_yaml("!!python/object/apply:os.system ['true']")
