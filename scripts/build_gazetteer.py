#!/usr/bin/env python3
"""Build the packaged gazetteer of Polish localities and administrative units.

Inputs (kept outside the repository; see ``src/kooperacja_nlp/data/SOURCES.md``):

* TERYT **TERC** (``TERC_Urzedowy_<date>.csv`` or the ``.zip`` GUS ships it in): voivodeships, powiats, gminas;
* TERYT **SIMC** (``SIMC_Urzedowy_<date>.csv``/``.zip``): every locality with its SIMC id and gmina;
* optionally TERYT **WMRODZ** (locality-type dictionary; a built-in copy is used when absent);
* optionally the GeoNames country dump **PL.txt** (or ``PL.zip``) for coordinates and population (CC-BY 4.0).

Outputs (written to ``--out``, by default ``src/kooperacja_nlp/data``):

* ``localities.tsv.gz`` — ``name kind gmina powiat voivodeship simc terc lat lon population``;
* ``units.tsv.gz`` — ``code name kind voivodeship``.

Both are plain UTF-8 TSV with a header line, sorted deterministically and gzip-compressed with a fixed header
(no timestamp, no file name, OS byte 255), so a rebuild from the same raw files gives identical bytes.

Usage::

    python scripts/build_gazetteer.py RAW_DIR [--geonames PATH] [--out DIR]
    python scripts/build_gazetteer.py --terc TERC.zip --simc SIMC.zip [--wmrodz WMRODZ.zip] [--geonames PL.zip]

With ``RAW_DIR`` the newest ``TERC_Urzedowy_*``, ``SIMC_Urzedowy_*``, ``WMRODZ_*`` and ``PL.txt``/``PL.zip`` found
in it (non-recursively) are used; explicit options override what is discovered.

The parsing/joining functions take plain rows (dicts / strings), not paths, so they can be tested on a handful of
in-memory rows without the raw dumps (see ``tests/test_gazetteer.py``). Stdlib only.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import struct
import sys
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

LOCALITY_COLUMNS = ("name", "kind", "gmina", "powiat", "voivodeship", "simc", "terc", "lat", "lon", "population")
UNIT_COLUMNS = ("code", "name", "kind", "voivodeship")

# WMRODZ (the SIMC locality-type dictionary). It has not changed since 2013-02-28; the copy here is used when no
# WMRODZ file is given. "00" is only "część" there; it is refined below from the parent locality's type.
DEFAULT_RM_NAMES: dict[str, str] = {
    "00": "część miejscowości",
    "01": "wieś",
    "02": "kolonia",
    "03": "przysiółek",
    "04": "osada",
    "05": "osada leśna",
    "06": "osiedle",
    "07": "schronisko turystyczne",
    "95": "dzielnica",
    "96": "miasto",
    "98": "delegatura",
    "99": "część miasta",
}
# A part (RM 00) of a village is "część wsi" etc.: news text and the consumer's filters speak of these, not of the
# generic "część".
PART_OF: dict[str, str] = {"01": "część wsi", "02": "część kolonii", "04": "część osady"}
PART_RM = frozenset({"00", "99"})

# GeoNames populated-place codes that are not current localities (historical, abandoned, destroyed).
GEONAMES_SKIP_CODES = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})


# --------------------------------------------------------------------------------------------------- reading files


def _decode(data: bytes) -> str:
    """TERYT files are UTF-8 with a BOM today; very old ones were windows-1250."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1250")


def _rows_from_csv_text(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]


def _rows_from_xml_text(text: str) -> list[dict[str, str]]:
    """TERYT XML: ``<catalog><row><WOJ>02</WOJ>...</row></catalog>``."""
    root = ElementTree.fromstring(text.encode("utf-8"))
    return [{child.tag: (child.text or "").strip() for child in row} for row in root.iter("row")]


def read_teryt_table(path: Path) -> list[dict[str, str]]:
    """Read a TERYT table from ``.csv``, ``.xml`` or the ``.zip`` GUS distributes (CSV member preferred)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = sorted(zf.namelist())
            csvs = [m for m in members if m.lower().endswith(".csv")]
            xmls = [m for m in members if m.lower().endswith(".xml")]
            if csvs:
                return _rows_from_csv_text(_decode(zf.read(csvs[0])))
            if xmls:
                return _rows_from_xml_text(_decode(zf.read(xmls[0])))
            raise SystemExit(f"{path}: no .csv or .xml member")
    text = _decode(path.read_bytes())
    if path.suffix.lower() == ".xml":
        return _rows_from_xml_text(text)
    return _rows_from_csv_text(text)


def read_geonames_lines(path: Path) -> list[str]:
    """Lines of a GeoNames country dump (``PL.txt`` or ``PL.zip`` containing it)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next((m for m in zf.namelist() if m.upper() == "PL.TXT"), None)
            if member is None:
                raise SystemExit(f"{path}: no PL.txt member")
            return zf.read(member).decode("utf-8").splitlines()
    return path.read_text(encoding="utf-8").splitlines()


# --------------------------------------------------------------------------------------------------- TERC


@dataclass(frozen=True, slots=True)
class UnitRow:
    code: str
    name: str
    kind: str
    voivodeship: str


@dataclass(frozen=True, slots=True)
class Terc:
    """TERC digested for the SIMC join: code -> row, plus voivodeship/powiat names."""

    units: dict[str, UnitRow]
    # For gminas split into dzielnice/delegatury (RODZ 8/9: Warszawa, Kraków, Łódź, Poznań, Wrocław) the gmina is
    # the city's own "gmina miejska" (RODZ 1) in the same powiat.
    city_gmina_of_powiat: dict[str, str]

    def voivodeship(self, woj: str) -> str:
        return self.units[woj].name

    def powiat(self, woj: str, pow_: str) -> str:
        return self.units[woj + pow_].name

    def gmina_code(self, woj: str, pow_: str, gmi: str, rodz: str) -> str:
        """7-digit TERC of the *gmina* a SIMC row belongs to.

        SIMC places a locality in the urban (RODZ 4) or rural (RODZ 5) part of a gmina miejsko-wiejska, or in a
        dzielnica/delegatura (RODZ 8/9) of a big city; the consumer wants the gmina itself (RODZ 3, resp. the
        city's RODZ 1), which is what ``units.tsv.gz`` lists as a commune.
        """
        if rodz in ("4", "5"):
            return f"{woj}{pow_}{gmi}3"
        if rodz in ("8", "9"):
            return self.city_gmina_of_powiat.get(woj + pow_, f"{woj}{pow_}{gmi}{rodz}")
        return f"{woj}{pow_}{gmi}{rodz}"


def parse_terc(rows: Iterable[Mapping[str, str]]) -> Terc:
    """Digest TERC rows (keys ``WOJ POW GMI RODZ NAZWA NAZWA_DOD``) into units with codes of 2, 4 or 7 digits."""
    raw = list(rows)
    woj_names = {r["WOJ"]: r["NAZWA"].lower() for r in raw if not r.get("POW")}
    units: dict[str, UnitRow] = {}
    city_gmina: dict[str, str] = {}
    for r in raw:
        woj, pow_, gmi, rodz = r["WOJ"], r.get("POW", ""), r.get("GMI", ""), r.get("RODZ", "")
        code = woj + pow_ + gmi + rodz
        voiv = woj_names[woj]
        # Voivodeship names are upper-case in TERC ("KUJAWSKO-POMORSKIE"); the lower-case adjective is how they
        # are written in running text and what the ``voivodeship`` columns carry.
        name = voiv if not pow_ else r["NAZWA"]
        units[code] = UnitRow(code, name, r["NAZWA_DOD"], voiv)
        if gmi and rodz == "1":
            city_gmina.setdefault(woj + pow_, code)
    return Terc(units, city_gmina)


def build_units(terc: Terc) -> list[UnitRow]:
    return sorted(terc.units.values(), key=lambda u: u.code)


# --------------------------------------------------------------------------------------------------- SIMC


@dataclass(slots=True)
class LocalityRow:
    name: str
    kind: str
    gmina: str
    powiat: str
    voivodeship: str
    simc: str
    terc: str
    lat: str = ""
    lon: str = ""
    population: str = ""
    # join keys, not written out
    rm: str = field(default="", repr=False)
    own6: str = field(default="", repr=False)  # WOJ+POW+GMI as in SIMC (a dzielnica for Warsaw)
    powiat4: str = field(default="", repr=False)

    def as_tuple(self) -> tuple[str, ...]:
        return (
            self.name,
            self.kind,
            self.gmina,
            self.powiat,
            self.voivodeship,
            self.simc,
            self.terc,
            self.lat,
            self.lon,
            self.population,
        )


def rm_names(wmrodz_rows: Iterable[Mapping[str, str]] | None) -> dict[str, str]:
    names = dict(DEFAULT_RM_NAMES)
    for r in wmrodz_rows or ():
        rm, label = r.get("RM", ""), r.get("NAZWA_RM", "")
        if rm and label and rm != "00":  # keep the more explicit "część miejscowości" for 00
            names[rm] = label
    return names


def parse_simc(
    rows: Iterable[Mapping[str, str]], terc: Terc, wmrodz_rows: Iterable[Mapping[str, str]] | None = None
) -> list[LocalityRow]:
    """Join SIMC rows (``WOJ POW GMI RODZ_GMI RM NAZWA SYM SYMPOD``) with TERC names; one output row per SYM."""
    raw = list(rows)
    labels = rm_names(wmrodz_rows)
    rm_by_sym = {r["SYM"]: r["RM"] for r in raw}
    out: list[LocalityRow] = []
    unknown: Counter[str] = Counter()
    for r in raw:
        woj, pow_, gmi, rodz, rm = r["WOJ"], r["POW"], r["GMI"], r["RODZ_GMI"], r["RM"]
        if rm == "00":
            kind = PART_OF.get(rm_by_sym.get(r.get("SYMPOD", ""), ""), labels["00"])
        else:
            kind = labels.get(rm, "")
            if not kind:
                unknown[rm] += 1
                kind = f"RM {rm}"
        gcode = terc.gmina_code(woj, pow_, gmi, rodz)
        gunit = terc.units.get(gcode)
        out.append(
            LocalityRow(
                name=r["NAZWA"],
                kind=kind,
                gmina=gunit.name if gunit else "",
                powiat=terc.powiat(woj, pow_),
                voivodeship=terc.voivodeship(woj),
                simc=r["SYM"],
                terc=gcode,
                rm=rm,
                own6=woj + pow_ + gmi,
                powiat4=woj + pow_,
            )
        )
    if unknown:
        print(f"warning: unknown RM codes {dict(unknown)}", file=sys.stderr)
    return out


# --------------------------------------------------------------------------------------------------- GeoNames


@dataclass(frozen=True, slots=True)
class GeoPlace:
    geonameid: int
    name: str
    alternates: tuple[str, ...]
    lat: str
    lon: str
    code: str
    admin2: str
    admin3: str
    admin4: str
    population: int


def parse_geonames(lines: Iterable[str]) -> list[GeoPlace]:
    """Populated places (feature class P) of a GeoNames dump, without historical/abandoned ones."""
    out: list[GeoPlace] = []
    for line in lines:
        f = line.rstrip("\n").split("\t")
        if len(f) < 15 or f[6] != "P" or f[7] in GEONAMES_SKIP_CODES or f[8] != "PL":
            continue
        alternates = tuple(a for a in f[3].split(",") if a and a != f[1])
        pop = int(f[14]) if f[14].isdigit() else 0
        out.append(GeoPlace(int(f[0]), f[1], alternates, f[4], f[5], f[7], f[11], f[12], f[13], pop))
    return out


@dataclass(slots=True)
class MatchStats:
    places: int = 0
    matched: int = 0
    ambiguous: int = 0
    unmatched: int = 0
    taken: int = 0  # matched a locality another (bigger) GeoNames record had already located
    by_rule: Counter[str] = field(default_factory=Counter)


def _town_like(place: GeoPlace) -> bool:
    """A GeoNames record that describes a town rather than a hamlet: an admin seat or 1000+ inhabitants."""
    return place.code.startswith(("PPLA", "PPLC")) or place.population >= 1000


def _pick(cands: Sequence[int], rows: Sequence[LocalityRow], place: GeoPlace) -> int | None:
    """One SIMC row among same-name candidates in the same area, or None if it stays ambiguous.

    GeoNames PPLX ("section of populated place") prefers SIMC parts (część wsi/miasta, dzielnica, delegatura);
    other places prefer whole localities, and a town-like record prefers the miasto (a town and a same-named
    osada in its rural part, e.g. Czersk, Kock, Międzychód, are common). A free (not yet located) row wins over
    one already given coordinates.
    """
    if len(cands) == 1:
        return cands[0]

    def part(i: int) -> bool:
        return rows[i].rm in PART_RM or rows[i].rm in ("95", "98")

    preferred = [i for i in cands if part(i) == (place.code == "PPLX")] or list(cands)
    if len(preferred) > 1 and _town_like(place):
        towns = [i for i in preferred if rows[i].rm == "96"]
        preferred = towns or preferred
    if len(preferred) > 1:
        free = [i for i in preferred if not rows[i].lat]
        preferred = free or preferred
    return preferred[0] if len(preferred) == 1 else None


def attach_geonames(rows: Sequence[LocalityRow], places: Iterable[GeoPlace]) -> MatchStats:
    """Give SIMC rows GeoNames coordinates/population by same name in the same gmina (TERC codes in GeoNames'
    admin3/admin4), falling back to same name in the same powiat when that is unique, and for town-like records to
    the only miasto of that name. GeoNames' main ``name`` is
    sometimes English or unaccented ("Warsaw", "Bielsko-Biala"), so its alternate names are tried next, but only
    within the same gmina where a coincidental hit is implausible. Bigger places are matched first so that when
    two GeoNames records claim one locality the populated one wins."""
    by_gmina: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_powiat: dict[tuple[str, str], list[int]] = defaultdict(list)
    towns_by_name: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_gmina[(row.own6, row.name)].append(i)
        if row.terc[:6] != row.own6:  # Warsaw dzielnice etc.: GeoNames admin3 is the city's gmina
            by_gmina[(row.terc[:6], row.name)].append(i)
        by_powiat[(row.powiat4, row.name)].append(i)
        if row.rm == "96":
            towns_by_name[row.name].append(i)

    stats = MatchStats()
    for place in sorted(places, key=lambda p: (-p.population, p.geonameid)):
        stats.places += 1
        areas = [a for a in (place.admin4[:6] if len(place.admin4) >= 6 else "", place.admin3) if len(a) == 6]
        chosen: int | None = None
        rule = ""
        ambiguous = False
        for names, label in (((place.name,), "gmina"), (place.alternates, "gmina/alt")):
            for area in dict.fromkeys(areas):
                for nm in names:
                    cands = by_gmina.get((area, nm))
                    if not cands:
                        continue
                    chosen = _pick(cands, rows, place)
                    ambiguous = chosen is None
                    rule = label
                    break
                if chosen is not None or ambiguous:
                    break
            if chosen is not None or ambiguous:
                break
        if chosen is None and not ambiguous and len(place.admin2) == 4:
            cands = by_powiat.get((place.admin2, place.name))
            if cands:
                chosen = _pick(cands, rows, place)
                ambiguous = chosen is None
                rule = "powiat"
        if chosen is None and not ambiguous and _town_like(place):
            # A town whose GeoNames admin codes are missing or outdated: accept the only miasto of that name.
            cands = towns_by_name.get(place.name)
            if cands and len(cands) == 1:
                chosen = cands[0]
                rule = "town"
        if chosen is None:
            if ambiguous:
                stats.ambiguous += 1
            else:
                stats.unmatched += 1
            continue
        row = rows[chosen]
        if row.lat:  # already located by a bigger (or equally big, lower-id) GeoNames record
            stats.taken += 1
            continue
        row.lat, row.lon = place.lat, place.lon
        row.population = str(place.population) if place.population > 0 else ""
        stats.matched += 1
        stats.by_rule[rule] += 1
    return stats


# --------------------------------------------------------------------------------------------------- writing

_BAD = re.compile(r"[\t\r\n]")


def _tsv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["\t".join(header)]
    for row in rows:
        for value in row:
            if _BAD.search(value):
                raise ValueError(f"tab/newline in value {value!r}")
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def localities_tsv(rows: Iterable[LocalityRow]) -> str:
    """TSV text, rows ordered by (name, simc) — code-point order, stable across locales and Python versions."""
    return _tsv(LOCALITY_COLUMNS, sorted((r.as_tuple() for r in rows), key=lambda t: (t[0], t[5])))


def units_tsv(units: Iterable[UnitRow]) -> str:
    return _tsv(UNIT_COLUMNS, ((u.code, u.name, u.kind, u.voivodeship) for u in sorted(units, key=lambda u: u.code)))


def gzip_deterministic(data: bytes) -> bytes:
    """Gzip with a fixed header (mtime 0, no name, XFL 2, OS 255) so the bytes depend on the content only.

    ``gzip.compress`` would stamp the platform's OS byte; writing the 10-byte header ourselves avoids that.
    """
    comp = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, 9)
    body = comp.compress(data) + comp.flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + body + struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class BuildResult:
    localities: bytes  # gzip
    units: bytes  # gzip
    locality_count: int
    unit_count: int
    stats: MatchStats | None


def build(
    terc_rows: Iterable[Mapping[str, str]],
    simc_rows: Iterable[Mapping[str, str]],
    wmrodz_rows: Iterable[Mapping[str, str]] | None = None,
    geonames_lines: Iterable[str] | None = None,
) -> BuildResult:
    """Whole build on in-memory inputs; returns the two gzip payloads."""
    terc = parse_terc(terc_rows)
    rows = parse_simc(simc_rows, terc, wmrodz_rows)
    stats = attach_geonames(rows, parse_geonames(geonames_lines)) if geonames_lines is not None else None
    units = build_units(terc)
    return BuildResult(
        localities=gzip_deterministic(localities_tsv(rows).encode("utf-8")),
        units=gzip_deterministic(units_tsv(units).encode("utf-8")),
        locality_count=len(rows),
        unit_count=len(units),
        stats=stats,
    )


# --------------------------------------------------------------------------------------------------- CLI


def _newest(raw: Path, patterns: Sequence[str]) -> Path | None:
    found: list[Path] = []
    for pattern in patterns:
        found.extend(p for p in raw.glob(pattern) if p.is_file())
    if not found:
        return None
    # File names carry the state date (…_2026-05-11.zip); prefer CSV-bearing zips/CSVs of the newest date.
    return sorted(found, key=lambda p: (re.findall(r"\d{4}-\d{2}-\d{2}", p.name) or [""])[-1] + p.suffix)[-1]


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("raw_dir", nargs="?", type=Path, help="directory holding the raw TERYT (and GeoNames) files")
    ap.add_argument("--terc", type=Path, help="TERC_Urzedowy_*.csv|.xml|.zip")
    ap.add_argument("--simc", type=Path, help="SIMC_Urzedowy_*.csv|.xml|.zip")
    ap.add_argument("--wmrodz", type=Path, help="WMRODZ_*.csv|.xml|.zip (optional)")
    ap.add_argument("--geonames", type=Path, help="GeoNames PL.txt or PL.zip (optional)")
    ap.add_argument("--no-geonames", action="store_true", help="do not look for GeoNames in RAW_DIR")
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / "src" / "kooperacja_nlp" / "data"
    )
    return ap.parse_args(argv)


def _inputs(args: argparse.Namespace) -> Iterator[tuple[str, Path | None]]:
    raw: Path | None = args.raw_dir
    spec = {
        "terc": ("TERC_Urzedowy_*.zip", "TERC_Urzedowy_*.csv", "TERC_Urzedowy_*.xml"),
        "simc": ("SIMC_Urzedowy_*.zip", "SIMC_Urzedowy_*.csv", "SIMC_Urzedowy_*.xml"),
        "wmrodz": ("WMRODZ_*.zip", "WMRODZ_*.csv", "WMRODZ_*.xml"),
        "geonames": ("PL.zip", "PL.txt"),
    }
    for key, patterns in spec.items():
        given = getattr(args, key)
        if given is None and raw is not None and not (key == "geonames" and args.no_geonames):
            given = _newest(raw, patterns)
        yield key, given


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    paths = dict(_inputs(args))
    if paths["terc"] is None or paths["simc"] is None:
        print("need TERC and SIMC: give RAW_DIR or --terc/--simc", file=sys.stderr)
        return 2
    for key, path in paths.items():
        print(f"{key:9s} {path if path else '-'}", file=sys.stderr)
    result = build(
        read_teryt_table(paths["terc"]),
        read_teryt_table(paths["simc"]),
        read_teryt_table(paths["wmrodz"]) if paths["wmrodz"] else None,
        read_geonames_lines(paths["geonames"]) if paths["geonames"] else None,
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "localities.tsv.gz").write_bytes(result.localities)
    (args.out / "units.tsv.gz").write_bytes(result.units)
    print(f"localities: {result.locality_count} rows, {len(result.localities)} bytes", file=sys.stderr)
    print(f"units:      {result.unit_count} rows, {len(result.units)} bytes", file=sys.stderr)
    if result.stats:
        s = result.stats
        print(
            f"geonames:   {s.places} places, {s.matched} located, {s.ambiguous} ambiguous, {s.unmatched} unmatched,"
            f" {s.taken} duplicates"
            f" {dict(sorted(s.by_rule.items()))}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
