"""Structural checks for the infrastructure-as-code samples under docs/examples/iac/.

CloudFormation short-form tags (!Ref, !GetAtt, !Sub ...) are not standard YAML, so the loader
below turns any "!Tag value" into {"Fn::Tag": value} (and !Ref into {"Ref": value}), which is
what CloudFormation itself does. The checks catch the mistakes a reviewer would: a missing
Transform, a Ref to nothing, a SAM-only type without the transform, a broken buildspec.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

IAC = Path(__file__).resolve().parents[2] / "docs" / "examples" / "iac"


class CfnLoader(yaml.SafeLoader):
    """SafeLoader that accepts CloudFormation's short intrinsic-function tags."""


def _intrinsic(loader: yaml.Loader, tag_suffix: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if tag_suffix == "Ref":
        return {"Ref": value}
    if tag_suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {f"Fn::{tag_suffix}": value}


CfnLoader.add_multi_constructor("!", _intrinsic)


def load(name: str) -> dict[str, Any]:
    return yaml.load((IAC / name).read_text(encoding="utf-8"), Loader=CfnLoader)  # noqa: S506


def walk(node: Any):
    yield node
    if isinstance(node, dict):
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


@pytest.fixture(scope="module")
def sam() -> dict[str, Any]:
    return load("sam-ingest-template.yaml")


def test_loader_understands_short_tags() -> None:
    doc = yaml.load("a: !Ref X\nb: !GetAtt Fn.Arn\nc: !Sub 'x-${Y}'\n", Loader=CfnLoader)  # noqa: S506
    assert doc == {
        "a": {"Ref": "X"},
        "b": {"Fn::GetAtt": ["Fn", "Arn"]},
        "c": {"Fn::Sub": "x-${Y}"},
    }


def test_sam_template_declares_the_serverless_transform(sam) -> None:
    assert sam["Transform"] == "AWS::Serverless-2016-10-31"
    assert sam["AWSTemplateFormatVersion"] == "2010-09-09"


def test_sam_template_resource_types(sam) -> None:
    types = {name: r["Type"] for name, r in sam["Resources"].items()}
    assert types == {
        "LandingBucket": "AWS::S3::Bucket",
        "FileIndexTable": "AWS::Serverless::SimpleTable",
        "ValidateFileFunction": "AWS::Serverless::Function",
    }


def test_every_ref_and_getatt_points_at_something_declared(sam) -> None:
    known = set(sam["Resources"]) | set(sam["Parameters"]) | {"AWS::AccountId", "AWS::Region"}
    for node in walk(sam):
        if isinstance(node, dict) and "Ref" in node:
            assert node["Ref"] in known, node
        if isinstance(node, dict) and "Fn::GetAtt" in node:
            assert node["Fn::GetAtt"][0] in sam["Resources"], node


def test_sub_placeholders_name_declared_parameters(sam) -> None:
    known = set(sam["Resources"]) | set(sam["Parameters"]) | {"AWS::AccountId", "AWS::Region"}
    for node in walk(sam):
        if isinstance(node, dict) and isinstance(node.get("Fn::Sub"), str):
            for name in re.findall(r"\$\{([^}]+)\}", node["Fn::Sub"]):
                assert name in known, name


def test_function_is_triggered_by_csv_objects_in_the_landing_bucket(sam) -> None:
    fn = sam["Resources"]["ValidateFileFunction"]["Properties"]
    event = fn["Events"]["CsvArrived"]
    assert event["Type"] == "S3"
    assert event["Properties"]["Bucket"] == {"Ref": "LandingBucket"}
    assert event["Properties"]["Filter"]["S3Key"]["Rules"] == [{"Name": "suffix", "Value": ".csv"}]
    assert fn["Environment"]["Variables"]["TABLE_NAME"] == {"Ref": "FileIndexTable"}


def test_buildspec_has_the_standard_phases_and_an_artifact() -> None:
    spec = load("buildspec.yml")
    assert spec["version"] == 0.2
    assert list(spec["phases"]) == ["install", "pre_build", "build", "post_build"]
    assert all(spec["phases"][p]["commands"] for p in spec["phases"])
    assert spec["artifacts"]["files"] == ["packaged.yaml"]
    assert spec["reports"]["unit-tests"]["file-format"] == "JUNITXML"
