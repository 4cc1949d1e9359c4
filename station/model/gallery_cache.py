"""The 1:N gallery saved between runs, encrypted at rest and bound to the registry rows.

Rebuilding the gallery means decrypting, decoding and packing every template (about 4.6 ms
a finger on the development machine: minutes for 100,000 persons). Instead the packed
gallery (``matcher.Gallery.save``) is kept in ONE file sealed with AES-256-GCM under the
station's active at-rest key (:class:`station.registry.crypto.Cipher`, so the key id is in
the header and a rotation can re-seal it), together with the *index*: the fingerprint row
ids it was built from. On start-up the caller compares that index with the fingerprint
rows and applies only the difference (see :mod:`station.model.gallery_sync`).

File layout (all inside the sealed value)::

    MAGIC | header length (4 bytes, big-endian) | header (JSON) | the gallery's files

The header names the files with their sizes and carries the index as three parallel lists
(fingerprint id, person id, finger position).

Memory: loading holds the sealed file, then its plaintext, in memory (about 1.9 KB per
finger each, ~380 MB for 200,000 fingers) while the gallery files are written to a private
folder (mode 0700; ``/dev/shm`` when it exists and has room, so the plaintext never reaches
a disk; else the system temp folder), memory-mapped by ``Gallery.load`` and the folder
removed at once; the maps keep the (unlinked) pages until the gallery changes or is dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.errors import DecryptionFailed, StationError
from station.registry.crypto import Cipher, key_id_of

MAGIC = b"SWSGAL1\n"
FORMAT = "sws-gallery-cache-1"
FILE_NAME = "gallery-cache.sealed"
_SHM = Path("/dev/shm")


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


def cache_aad(station_id: str, database_url: str) -> bytes:
    """Associated data: the cache opens only for this station and this registry."""
    where = hashlib.sha256(database_url.encode()).hexdigest()[:32]
    return f"gallery-cache:{station_id}:{where}".encode()


def _bases() -> list[Path | None]:
    """Where plaintext may go: memory (``/dev/shm``) first, then the system temp folder."""
    memory = _SHM.is_dir() and os.access(_SHM, os.W_OK)
    return [_SHM, None] if memory else [None]


@contextlib.contextmanager
def private_folder(base: Path | None = None) -> Iterator[Path]:
    """A 0700 folder for plaintext gallery files under ``base``, removed on exit."""
    folder = Path(tempfile.mkdtemp(prefix="sws-gallery-", dir=base))
    try:
        folder.chmod(0o700)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def seal_gallery(gallery: Any, index: Index, cipher: Cipher, aad: bytes) -> bytes:
    """The sealed cache value of ``gallery`` (saved with its own ``save``) and ``index``.

    Raises :class:`OSError` when no private folder can take the gallery's files.
    """
    failure: Exception | None = None
    for base in _bases():
        try:
            with private_folder(base) as folder:
                gallery.save(folder / "g")
                files = sorted(p for p in (folder / "g").iterdir() if p.is_file())
                blobs = [p.read_bytes() for p in files]
        except Exception as err:  # OSError or matcher.GalleryError (e.g. a full /dev/shm)
            failure = err
            continue
        header = {"format": FORMAT, "files": [[p.name, len(b)] for p, b in zip(files, blobs,
                                                                             strict=True)],
                  "index": index.as_header()}
        head = json.dumps(header, separators=(",", ":")).encode()
        return cipher.seal(b"".join([MAGIC, struct.pack(">I", len(head)), head, *blobs]), aad)
    raise OSError(f"no private folder could take the gallery ({failure})")


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


def read_cache(path: Path, cipher: Cipher, aad: bytes, load: Any) -> tuple[Any, Index, str]:
    """Open the cache: ``(gallery, index, key id it was sealed under)``.

    ``load`` is the gallery class's loader (``matcher.Gallery.load``). Raises
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
        files = [(str(name), int(size)) for name, size in header["files"]]
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise CacheInvalid(f"its header is malformed ({err})") from None
    offset = start + n
    if offset + sum(size for _, size in files) != len(blob):
        raise CacheInvalid("its size does not match its header")
    if any("/" in name or name.startswith(".") for name, _ in files):
        raise CacheInvalid("it names an unexpected file")
    failure: OSError | None = None
    for base in _bases():
        try:
            with private_folder(base) as folder:
                at, view = offset, memoryview(blob)  # no copies of the plaintext
                for name, size in files:
                    (folder / name).write_bytes(view[at:at + size])
                    at += size
                view.release()
                try:
                    gallery = load(folder)
                except Exception as err:  # the gallery's format check (matcher.GalleryError)
                    raise CacheInvalid(f"the gallery inside does not load ({err})") from None
                return gallery, index, kid
        except OSError as err:  # e.g. a small /dev/shm: try the next place
            failure = err
    raise CacheInvalid(f"no private folder could take it ({failure})")


def discard(path: Path) -> None:
    """Remove a cache file that must not be used again."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def reseal(path: Path, cipher: Cipher, aad: bytes) -> bool:
    """Re-encrypt the cache under the active key (key rotation, before old keys go).

    Returns whether a cache was re-sealed; an unusable one is discarded instead.
    """
    try:
        sealed = path.read_bytes()
        if key_id_of(sealed) == cipher.active_key_id:
            return True
        write_cache(path, cipher.seal(cipher.open(sealed, aad), aad))
        return True
    except FileNotFoundError:
        return False
    except (DecryptionFailed, OSError):
        discard(path)
        return False
