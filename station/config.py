"""Where the station keeps its files, and the settings read from the environment.

Defaults follow the platform (``platformdirs``): the SQLite registry in the user's data
directory, the at-rest key file in the user's config directory. Environment overrides:

``SWS_HOME``          one folder for everything (tests, portable installs)
``SWS_DATABASE_URL``  any SQLAlchemy URL (e.g. ``postgresql+psycopg://...``)
``SWS_KEY_FILE``      the at-rest key file
``SWS_ISSUING_DIR``   the card-issuing keys and certificates (demo ones made by `sws init`)
``SWS_CARD_TEMPLATE_KEY`` the programme's template key: seals the prints written to cards and
                      opens them for the 1:1 finger check (made by `sws init` when absent)
``SWS_STATION_ID``    the station's id in records and packets (otherwise the one made on
                      first start and kept in ``station-id`` beside the keys)
``SWS_KEEP_RAW_IMAGES`` ``1`` to also store (encrypted) raw fingerprint images
``SWS_BUSY_TIMEOUT_MS`` how long to wait for a locked SQLite registry (default 5000)
``SWS_TIME_ZONE``     the office's time zone (an IANA name, e.g. ``Asia/Phnom_Penh``), whose
                      date is "today" at the desk; the machine's own zone when unset
``SWS_MAX_PAGE_COUNT`` / ``SWS_FAULT_PAUSE_FILE``  test hooks (full disk, kill -9 mid-write)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

APP_NAME = "sws-station"
#: The id every station had before each made its own (kept by installations that used it).
LEGACY_STATION_ID = "station-demo-1"
#: Minutes a station window stays open without a key or a click before it locks.
IDLE_LOCK_MINUTES = 10


@dataclass(frozen=True)
class Settings:
    """Everything the station needs to find its registry and keys."""

    data_dir: Path
    config_dir: Path
    database_url: str
    key_file: Path
    #: The issuing office's card-signing keys and certificates (cardio.pki.Pki folder).
    issuing_dir: Path = Path("issuing")
    #: The station's Ed25519 key that signs sync packets (sync.keys).
    station_key_file: Path = Path("station-signing-key.pem")
    #: Where `sws init --central URL` keeps the registration (central URL and public key).
    central_file: Path = Path("central.json")
    #: The programme's template key (cardio.sealing): seals the fingerprints written to cards
    #: and opens them for the 1:1 check; made by `sws init` or the first card issued.
    card_template_key_file: Path = Path("card-template-key.pem")
    station_id: str = LEGACY_STATION_ID
    keep_raw_images: bool = False
    max_failed_logins: int = 5
    #: How long a writer waits for a busy SQLite database before giving up.
    busy_timeout_ms: int = 5000
    #: Cap on the SQLite file size in pages (tests simulate a full disk with it).
    max_page_count: int | None = None
    #: Minutes without a key or a click before the window locks (SWS_IDLE_LOCK_MINUTES).
    idle_lock_minutes: int = IDLE_LOCK_MINUTES
    #: Test hook: when set, `enrol` creates this file inside its open transaction and waits,
    #: so that a test can kill the process there (SWS_FAULT_PAUSE_FILE).
    fault_pause_file: Path | None = None
    #: The office's time zone: its date is "today" at the desk (SWS_TIME_ZONE).
    office_zone: dt.tzinfo = dt.UTC

    def today(self, now: dt.datetime) -> dt.date:
        """The office's date at the instant ``now`` (:func:`today_at` in
        :attr:`office_zone`): "today" at the desk, not UTC's."""
        return today_at(now, self.office_zone)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _dirs(env: Mapping[str, str]) -> tuple[Path, Path]:
    home = env.get("SWS_HOME")
    if home:
        return Path(home), Path(home)
    return (Path(platformdirs.user_data_dir(APP_NAME)),
            Path(platformdirs.user_config_dir(APP_NAME)))


def card_template_key_file(env: Mapping[str, str] | None = None) -> Path:
    """Where the programme's card template key is (``SWS_CARD_TEMPLATE_KEY``, else beside the
    other keys); found without making anything, for desks that only verify cards."""
    env = os.environ if env is None else env
    return Path(env.get("SWS_CARD_TEMPLATE_KEY") or _dirs(env)[1] / "card-template-key.pem")


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build :class:`Settings` from the environment (``os.environ`` by default)."""
    env = os.environ if env is None else env
    data_dir, config_dir = _dirs(env)
    url = env.get("SWS_DATABASE_URL") or f"sqlite:///{data_dir / 'registry.sqlite3'}"
    key_file = Path(env.get("SWS_KEY_FILE") or config_dir / "at-rest-keys.json")
    central_file = config_dir / "central.json"
    return Settings(
        data_dir=data_dir,
        config_dir=config_dir,
        database_url=url,
        key_file=key_file,
        issuing_dir=Path(env.get("SWS_ISSUING_DIR") or config_dir / "issuing"),
        card_template_key_file=card_template_key_file(env),
        station_key_file=Path(env.get("SWS_STATION_KEY_FILE")
                              or config_dir / "station-signing-key.pem"),
        central_file=central_file,
        station_id=env.get("SWS_STATION_ID") or station_id(config_dir, central_file, key_file),
        keep_raw_images=env.get("SWS_KEEP_RAW_IMAGES", "") in {"1", "true", "yes"},
        busy_timeout_ms=int(env.get("SWS_BUSY_TIMEOUT_MS", "5000")),
        max_page_count=int(env["SWS_MAX_PAGE_COUNT"]) if env.get("SWS_MAX_PAGE_COUNT") else None,
        fault_pause_file=Path(env["SWS_FAULT_PAUSE_FILE"]) if env.get("SWS_FAULT_PAUSE_FILE")
        else None,
        idle_lock_minutes=_minutes(env.get("SWS_IDLE_LOCK_MINUTES")),
        office_zone=office_zone(env),
    )


LOCALTIME = Path("/etc/localtime")


def office_zone(env: Mapping[str, str] | None = None, *,
                localtime: Path = LOCALTIME) -> dt.tzinfo:
    """The office's time zone: ``SWS_TIME_ZONE`` (an IANA name), else the machine's own
    (:func:`machine_zone`).

    "Today" at the desk (a follow-up in the past, the overdue list, an age, a membership's
    last day) is the office's date: in Phnom Penh (UTC+7) the UTC date is still yesterday
    before 07:00."""
    env = os.environ if env is None else env
    name = env.get("SWS_TIME_ZONE", "").strip()
    if not name:
        return machine_zone(env, localtime=localtime)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from station.errors import BadInput

        raise BadInput(f"SWS_TIME_ZONE must name a time zone such as Asia/Phnom_Penh, not "
                       f"{name!r}", field="SWS_TIME_ZONE") from None


def machine_zone(env: Mapping[str, str], *, localtime: Path = LOCALTIME) -> dt.tzinfo:
    """The machine's time zone with its rules (summer time included): ``TZ`` when it names
    a zone (or a zone file), else the zone ``localtime`` (``/etc/localtime``) links to or
    holds. Only where neither says one, the offset the machine has now: a fixed offset would
    keep a station started in winter an hour off all summer (its "today" turning at 01:00)."""
    name = env.get("TZ", "").strip().removeprefix(":")
    if name.startswith("/"):  # TZ=:/usr/share/zoneinfo/Asia/Phnom_Penh: a file, as localtime
        localtime, name = Path(name), ""
    candidates = [name] if name else []
    try:
        target = localtime.resolve(strict=True)
    except OSError:
        target = None
    if target is not None and "zoneinfo" in target.parts:
        parts = target.parts
        candidates.append("/".join(parts[len(parts) - parts[::-1].index("zoneinfo"):]))
    for key in candidates:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    if target is not None:
        try:
            with open(target, "rb") as f:
                return ZoneInfo.from_file(f, key=target.name)
        except (OSError, ValueError):
            pass
    local = dt.datetime.now().astimezone().tzinfo
    return local if local is not None else dt.UTC


def today_at(now: dt.datetime, zone: dt.tzinfo) -> dt.date:
    """The date at the office (``zone``) at the instant ``now`` (a naive ``now`` is UTC, as
    the registry stores times)."""
    moment = now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone).date()


def _minutes(text: str | None) -> int:
    """SWS_IDLE_LOCK_MINUTES: whole minutes, 1 to 480 (a working day); 10 when unset."""
    if text is None or not text.strip():
        return IDLE_LOCK_MINUTES
    from station.errors import BadInput

    try:
        minutes = int(text)
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= 480:
        raise BadInput(f"SWS_IDLE_LOCK_MINUTES must be a whole number of minutes from 1 to "
                       f"480, not {text!r}", field="SWS_IDLE_LOCK_MINUTES")
    return minutes


STATION_ID_FILE = "station-id"


def station_id(config_dir: Path, central_file: Path, key_file: Path) -> str:
    """This installation's station id: read from ``config_dir/station-id``, made on first use.

    Every record, receipt number and sync packet carries it, and the central registry keeps
    one signing key per id, so two stations must never share one: a fixed default made every
    second station's registration fail. The id is random (``station-`` and 8 hex digits),
    written once and never changed (``SWS_STATION_ID`` overrides it). An installation from
    before this file keeps the id it already used. If the folder cannot be written, the id
    holds for this process only.
    """
    path = config_dir / STATION_ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    except (OSError, UnicodeDecodeError):
        pass
    made = _earlier_id(central_file, key_file) or f"station-{secrets.token_hex(4)}"
    try:
        config_dir.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="ascii") as out:  # never replace one made meanwhile
            out.write(made + "\n")
    except FileExistsError:
        return path.read_text(encoding="ascii").strip() or made
    except OSError:
        pass
    return made


def _earlier_id(central_file: Path, key_file: Path) -> str | None:
    """The id an installation from before ``station-id`` already uses: the one it registered
    with the centre, else the old fixed default when it has keys (its records carry it)."""
    try:
        link = json.loads(central_file.read_text(encoding="utf-8"))
        if isinstance(link, dict) and isinstance(link.get("station_id"), str):
            return str(link["station_id"])
    except (OSError, ValueError):
        pass
    return LEGACY_STATION_ID if key_file.exists() else None
