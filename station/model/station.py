"""One open station: settings, the registry, the at-rest cipher and the in-memory gallery.

Every service (enrolment, search, operators, adjudication, integrity) takes a
:class:`Station`. The GUI builds one at start-up and the ``sws`` command one per call.
Other packages' station-side glue (cards, sync) reaches the registry through it too:
``station.transaction()``, ``station.cipher`` and ``station.unseal_outbox``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from station.config import Settings, load_settings
from station.errors import KeyProblem, MatcherUnavailable, NotInitialised, SchemaMismatch
from station.registry import audit
from station.registry.crypto import OUTBOX_AAD, Cipher, KeyRing
from station.registry.db import make_engine, read_only, safe_url, session_factory, translated
from station.registry.migrate import current_revision, head_revision, upgrade

if TYPE_CHECKING:
    from station.model.gallery_sync import GalleryKeeper

GalleryFactory = Callable[[], Any]


def _matcher_gallery() -> Any:
    try:
        from matcher import Gallery
    except (ImportError, AttributeError):
        raise MatcherUnavailable("the 1:N fingerprint gallery (matcher.Gallery) is not "
                                 "available in this installation") from None
    return Gallery()


def _matcher_load(folder: Path) -> Any:
    from matcher import Gallery

    return Gallery.load(folder)


class Station:
    """The registry and keys of one station, opened and migrated.

    Parameters
    ----------
    settings
        Where things are; :func:`station.config.load_settings` by default.
    engine
        An engine to use instead of one made from ``settings.database_url``.
    gallery_factory
        Builds the empty 1:N gallery; ``matcher.Gallery`` by default.
    migrate
        Run ``alembic upgrade head`` on open (the app does; ``sws db check`` does not,
        so that it can report a database at the wrong version).
    gallery_cache
        Keep the gallery in its encrypted cache file between runs
        (:mod:`station.model.gallery_cache`); by default only for ``matcher.Gallery``.
    """

    def __init__(self, settings: Settings | None = None, *, engine: Engine | None = None,
                 gallery_factory: GalleryFactory | None = None, migrate: bool = True,
                 gallery_cache: bool | None = None) -> None:
        self.settings = settings or load_settings()
        self.url = self.settings.database_url
        self.engine = engine or make_engine(self.url,
                                            busy_timeout_ms=self.settings.busy_timeout_ms,
                                            max_page_count=self.settings.max_page_count)
        self.sessions = session_factory(self.engine)
        self._read_sessions = session_factory(read_only(self.engine))
        self._ring: KeyRing | None = None
        self._keeper: GalleryKeeper | None = None
        self._gallery_factory = gallery_factory or _matcher_gallery
        self._gallery_cache = gallery_factory is None if gallery_cache is None else gallery_cache
        if migrate:
            with translated(self.url):
                upgrade(self.engine, office_zone=self.settings.office_zone,
                        station_id=self.settings.station_id)

    # -- keys ------------------------------------------------------------------------------

    @property
    def keyring(self) -> KeyRing:
        """The key ring from the key file (loaded once).

        A missing key file in front of a registry that already holds records is not a
        station to initialise: its key was lost or not mounted, and only that key opens the
        stored templates and verifies the audit trail (:class:`KeyProblem` says so)."""
        if self._ring is None:
            if not self.settings.key_file.exists() and self.holds_records():
                raise KeyProblem(
                    f"the at-rest key file {self.settings.key_file} is missing, but the "
                    "registry holds records sealed with it: put the file back (or point "
                    "SWS_KEY_FILE at it), or restore a backup with `sws db restore`; a new "
                    "key would open none of them")
            self._ring = KeyRing.load(self.settings.key_file)
        return self._ring

    def holds_records(self) -> bool:
        """Whether anything was ever recorded here (the audit chain has an event)."""
        from station.registry.models import AuditEvent

        try:
            with self.reading() as session:
                return session.scalar(sa.select(AuditEvent.seq).limit(1)) is not None
        except (sa.exc.OperationalError, sa.exc.ProgrammingError):  # no schema yet
            return False

    @property
    def cipher(self) -> Cipher:
        """AES-GCM sealing under the active at-rest key."""
        return Cipher(self.keyring)

    def has_keys(self) -> bool:
        return self.settings.key_file.exists()

    def unseal_outbox(self, sealed: bytes) -> bytes:
        """Open biometrics sealed into an outbox item (the uploader's ``unseal`` callable)."""
        return self.cipher.open(sealed, OUTBOX_AAD)

    # -- transactions ----------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or not at all.

        Locked, full or unreachable databases raise :class:`~station.errors.DatabaseBusy`,
        :class:`~station.errors.StorageFull` or :class:`~station.errors.StorageError`.
        """
        with translated(self.url), self.sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (its transaction is rolled back when it closes; loaded
        objects stay usable, detached)."""
        with translated(self.url), self._read_sessions() as session:
            yield session

    def audit(self, session: Session, *, action: str, subject_type: str, subject_id: str,
              details: dict[str, Any], operator_id: str | None, now: datetime) -> None:
        """Append one audit event to the chain inside ``session``'s transaction."""
        audit.append(session, audit_key=self.keyring.audit_key, action=action,
                     subject_type=subject_type, subject_id=subject_id, details=details,
                     operator_id=operator_id, station_id=self.settings.station_id, now=now)

    def require_schema(self) -> None:
        """Raise :class:`SchemaMismatch` unless the database is at this program's revision."""
        with translated(self.url):
            found = current_revision(self.engine)
        expected = head_revision()
        if found is None:
            raise NotInitialised(f"the registry at {safe_url(self.url)} is empty; run "
                                 "`sws init` first")
        if found != expected:
            raise SchemaMismatch(found, expected)

    # -- the gallery -----------------------------------------------------------------------

    @property
    def gallery_keeper(self) -> GalleryKeeper:
        """Loads, keeps and saves the gallery (see ``gallery_sync.GalleryKeeper``)."""
        if self._keeper is None:
            from station.model.gallery_cache import cache_path
            from station.model.gallery_sync import GalleryKeeper

            cached = self._gallery_cache
            self._keeper = GalleryKeeper(
                self, self._gallery_factory,
                cache=cache_path(self.settings.data_dir) if cached else None,
                load=_matcher_load if cached else None)
        return self._keeper

    def start_gallery(self) -> None:
        """Start loading the gallery in the background (the GUI and CLI at start-up).

        The matcher's compiled parts are imported here, in the caller's thread, before the
        loader thread starts: two threads importing Numba for the first time at once can
        break its import cycle into a half-initialised module (ImportError in `sws enrol`
        while the gallery loaded beside the extraction).
        """
        import matcher.gallery
        import matcher.pipeline  # noqa: F401  (Numba's one-off start-up, in this thread)

        self.gallery_keeper.start()

    @property
    def gallery(self) -> Any:
        """The in-memory 1:N gallery of every enrolled finger; waits for (or does) the load."""
        return self.gallery_keeper.gallery()

    def current_gallery(self) -> Any:
        """The gallery brought up to the registry first: a 1:N search must not miss a person
        that another counter (or `sws enrol`) on the same registry enrolled since it loaded.
        Reading the fingerprint row ids is the cost; only new rows are decrypted."""
        self.gallery_keeper.refresh()
        return self.gallery

    def gallery_loaded(self) -> bool:
        return self._keeper is not None and self._keeper.loaded()

    def close(self) -> None:
        if self._keeper is not None:
            self._keeper.close()
        self.engine.dispose()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
