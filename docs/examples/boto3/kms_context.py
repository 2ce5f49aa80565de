"""Encrypt a small value with a KMS key, bound to its purpose by an encryption context.

Decrypt succeeds only with exactly the same context, so a ciphertext copied from one record to
another (or to another table) cannot be decrypted under the wrong name. The context is logged in
CloudTrail in plaintext: put identifiers in it, never secrets or personal data.
"""

from __future__ import annotations

from typing import Any

MAX_PLAINTEXT = 4096  # bytes one Encrypt call accepts; larger data uses a data key


def context_for(table: str, record_id: str) -> dict[str, str]:
    return {"table": table, "record_id": record_id}


def encrypt_value(kms: Any, key_id: str, value: bytes, context: dict[str, str]) -> bytes:
    if len(value) > MAX_PLAINTEXT:
        raise ValueError(f"{len(value)} bytes: encrypt with a data key (GenerateDataKey) instead")
    return kms.encrypt(KeyId=key_id, Plaintext=value, EncryptionContext=context)[
        "CiphertextBlob"
    ]


def decrypt_value(kms: Any, blob: bytes, context: dict[str, str]) -> bytes:
    """Fails with InvalidCiphertextException when the context differs in any key or value."""
    return kms.decrypt(CiphertextBlob=blob, EncryptionContext=context)["Plaintext"]


def new_data_key(kms: Any, key_id: str, context: dict[str, str]) -> tuple[bytes, bytes]:
    """Envelope encryption: a plaintext key to use in memory and its encrypted copy to store."""
    key = kms.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext=context)
    return key["Plaintext"], key["CiphertextBlob"]
