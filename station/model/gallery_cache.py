"""The 1:N gallery saved between runs, encrypted at rest and bound to the registry rows.

Rebuilding the gallery means decrypting, decoding and packing every template (about 4.6 ms
a finger on the development machine: minutes for 100,000 persons). Instead the packed
gallery (``matcher.Gallery.save``) is kept in ONE file sealed with AES-256-GCM under the
station's active at-rest key (:class:`station.registry.crypto.Cipher`, so the key id is in
the header and a rotation can re-seal it), together with the *index*: the fingerprint row
ids it was built from. On start-up the caller compares that index with the fingerprint
rows and applies only the difference (see :mod:`station.model.gallery_sync`).

File layout (all inside the sealed value)::

    MAGIC | header length (4 bytes, big-endian) | header (JSON) | spaces to 8 bytes | gallery

The header carries the gallery's size and the index as three parallel lists (fingerprint id,
person id, finger position); the gallery is ``Gallery.to_bytes`` output.

Memory: the plaintext never touches a file system. Sealing holds the gallery's bytes and the
joined plaintext (about 1.9 KB per finger each, ~380 MB for 200,000 fingers) before
encryption; opening holds the sealed file, then the plaintext, which the loaded gallery
views in place (``Gallery.from_bytes``) until its first change copies the arrays out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.errors import DecryptionFailed, StationError
from station.registry.crypto import Cipher, key_id_of

MAGIC = b"SWSGAL1\n"
FORMAT = "sws-gallery-cache-2"  # 1: gallery files (until the bytes form)
FILE_NAME = "gallery-cache.sealed"


class CacheInvalid(StationError):
    """The gallery cache cannot be used (missing, altered, another key or format).

    ``reason`` says why in one line; the caller discards the file and rebuilds.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"the gallery cache cannot be used: {reason}")
        self.reason = reason


@dataclass
class Index:
    """The fingerprint rows a saved gallery holds: row id -> (person id, finger position)."""

    rows: dict[str, tuple[str, int]]

    def as_header(self) -> dict[str, Any]:
        # ids and persons as one newline-joined string each: 200,000 rows parse in ms
        ids = list(self.rows)
        return {"ids": "\n".join(ids), "persons": "\n".join(self.rows[i][0] for i in ids),
                "positions": [self.rows[i][1] for i in ids]}

    @staticmethod
    def from_header(header: dict[str, Any]) -> Index:
        positions = header["positions"]
        ids, persons = header["ids"], header["persons"]  # lists in the first caches written
        ids = ids.split("\n") if isinstance(ids, str) and positions else list(ids or ())
        persons = (persons.split("\n") if isinstance(persons, str) and positions
                   else list(persons or ()))
        if not len(ids) == len(persons) == len(positions):
            raise CacheInvalid("its index lists disagree in length")
        return Index(dict(zip(ids, zip(persons, map(int, positions), strict=True),
                              strict=True)))


def cache_path(data_dir: Path) -> Path:
    """Where a station keeps its gallery cache (next to the SQLite registry)."""
    return data_dir / FILE_NAME


def cache_aad(station_id: str, registry_id: str) -> bytes:
    """Associated data: the cache opens only for this station and this registry.

    ``registry_id`` is the registry's own identity (the hash of its first audit event,
    :func:`station.model.gallery_sync.registry_identity`), not where it lives: moving the
    home (a new disk, a renamed folder, another database host) keeps the cache usable,
    while a cache put beside another registry or altered in place does not open.
    """
    return f"gallery-cache:2:{station_id}:{registry_id}".encode()


def legacy_cache_aad(station_id: str, database_url: str) -> bytes:
    """The associated data of caches written before :func:`cache_aad` (bound to the database
    URL, i.e. the registry's path): still opened in place, then sealed again the new way."""
    where = hashlib.sha256(database_url.encode()).hexdigest()[:32]
    return f"gallery-cache:{station_id}:{where}".encode()


def seal_gallery(gallery: Any, index: Index, cipher: Cipher, aad: bytes) -> bytes:
    """The sealed cache value of ``gallery`` (its own ``to_bytes``) and ``index``."""
    body = gallery.to_bytes()
    header = {"format": FORMAT, "size": len(body), "index": index.as_header()}
    head = json.dumps(header, separators=(",", ":")).encode()
    pad = -(len(MAGIC) + 4 + len(head)) % 8  # the gallery starts 8-byte aligned
    return cipher.seal(b"".join([MAGIC, struct.pack(">I", len(head)), head, b" " * pad, body]),
                       aad)


def write_cache(path: Path, sealed: bytes) -> None:
    """Replace the cache file atomically (temp file in the same folder, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gallery-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(sealed)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_cache(path: Path, cipher: Cipher, aad: bytes,
               from_bytes: Any) -> tuple[Any, Index, str]:
    """Open the cache: ``(gallery, index, key id it was sealed under)``.

    ``from_bytes`` is the gallery class's loader from bytes (``matcher.Gallery.from_bytes``),
    given a memoryview of the decrypted plaintext. Raises
    :class:`CacheInvalid` for a missing, altered, foreign or undecryptable file.
    """
    try:
        sealed = path.read_bytes()
    except FileNotFoundError:
        raise CacheInvalid("there is none yet") from None
    except OSError as err:
        raise CacheInvalid(f"it cannot be read ({err.strerror})") from None
    try:
        kid = key_id_of(sealed)
        blob = cipher.open(sealed, aad)
    except DecryptionFailed as err:
        raise CacheInvalid(str(err)) from None
    del sealed
    if blob[:len(MAGIC)] != MAGIC or len(blob) < len(MAGIC) + 4:
        raise CacheInvalid("it has an unknown format")
    (n,) = struct.unpack(">I", blob[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    try:
        header = json.loads(blob[start:start + n])
        if header.get("format") != FORMAT:
            raise CacheInvalid(f"it has format {header.get('format')!r}, not {FORMAT}")
        index = Index.from_header(header["index"])
        size = header["size"]
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise CacheInvalid(f"its header is malformed ({err})") from None
    offset = start + n + (-(start + n) % 8)
    if not isinstance(size, int) or offset + size != len(blob):
        raise CacheInvalid("its size does not match its header")
    try:  # views of the plaintext in memory: no copy, no file
        gallery = from_bytes(memoryview(blob)[offset:])
    except Exception as err:  # the gallery's format check (matcher.GalleryError)
        raise CacheInvalid(f"the gallery inside does not load ({err})") from None
    return gallery, index, kid


def discard(path: Path) -> None:
    """Remove a cache file that must not be used again."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def reseal(path: Path, cipher: Cipher, aad: bytes, *legacy: bytes) -> bool:
    """Re-encrypt the cache under the active key (key rotation, before old keys go) and
    ``aad`` (a cache that opens only with one of the ``legacy`` associated data gets it).

    Returns whether a cache was re-sealed; an unusable one is discarded instead.
    """
    try:
        sealed = path.read_bytes()
        for i, tried in enumerate((aad, *legacy)):
            try:
                blob = cipher.open(sealed, tried)
            except DecryptionFailed:
                if i == len(legacy):
                    raise
                continue
            if i == 0 and key_id_of(sealed) == cipher.active_key_id:
                return True
            write_cache(path, cipher.seal(blob, aad))
            break
        return True
    except FileNotFoundError:
        return False
    except (DecryptionFailed, OSError):
        discard(path)
        return False
