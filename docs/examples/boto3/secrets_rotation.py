"""Store database credentials in AWS Secrets Manager, read them, and schedule rotation.

Applications read the secret when they connect (or cache it briefly), never once at start-up:
after a rotation, only a fresh read has the new password.
"""

from __future__ import annotations

import json
from typing import Any


def store_credentials(sm: Any, name: str, credentials: dict, kms_key_id: str | None = None) -> str:
    """Create the secret as a JSON string; a customer managed key allows cross-account reads."""
    kwargs = {"Name": name, "SecretString": json.dumps(credentials)}
    if kms_key_id:
        kwargs["KmsKeyId"] = kms_key_id
    return sm.create_secret(**kwargs)["ARN"]


def read_credentials(sm: Any, name: str) -> dict:
    """The current version (staging label AWSCURRENT) of the secret."""
    return json.loads(sm.get_secret_value(SecretId=name)["SecretString"])


def schedule_rotation(sm: Any, name: str, rotation_lambda_arn: str, days: int = 30) -> None:
    """Rotate every `days` days with a rotation function; the first rotation waits its turn."""
    sm.rotate_secret(
        SecretId=name,
        RotationLambdaARN=rotation_lambda_arn,
        RotationRules={"AutomaticallyAfterDays": days},
        RotateImmediately=False,
    )
