"""Gazetteer of Polish localities and administrative units (TERYT TERC/SIMC + GeoNames coordinates).

The data are two gzip'd TSV files in ``kooperacja_nlp/data`` produced by ``scripts/build_gazetteer.py`` (provenance
and licences in ``data/SOURCES.md``):

* ``localities.tsv.gz`` — every SIMC locality (~100k rows, all kinds: miasto, wieś, osada, część wsi, ...);
* ``units.tsv.gz`` — every TERC unit (voivodeships, powiats, gminas and their parts).

Lookups are by the official nominative name, compared case-insensitively (``str.casefold``). Inflected forms
("w Toruniu") are out of scope here: lemmatise first (Morfeusz lives elsewhere in the package).

Design notes (why it looks the way it does):

* Loading must be cheap because the extractor imports it in every process. Parsing 100k rows into dataclasses
  costs ~0.5 s, so at load time only the locality *names* are indexed (row number lists per casefolded name);
  a row is split into a :class:`Locality` the first time its name is looked up, and the result is memoised.
* :func:`gazetteer` is ``functools.cache``'d: one instance per process, created on first use, never at import.
* Stdlib only; the files are read with :mod:`importlib.resources` so they work from wheels and zipped installs.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from importlib.resources import files

__all__ = ["Gazetteer", "Locality", "Unit", "gazetteer"]

LOCALITY_COLUMNS = ("name", "kind", "gmina", "powiat", "voivodeship", "simc", "terc", "lat", "lon", "population")
UNIT_COLUMNS = ("code", "name", "kind", "voivodeship")

# Preference among homonyms when nothing else decides: bigger, more "central" settlement types first. Kinds not
# listed (future SIMC types) rank last.
KIND_RANK: dict[str, int] = {
    kind: rank
    for rank, kind in enumerate(
        (
            "miasto",
            "wieś",
            "osada",
            "kolonia",
            "przysiółek",
            "osada leśna",
            "osiedle",
            "dzielnica",
            "delegatura",
            "część miasta",
            "część wsi",
            "część kolonii",
            "część osady",
            "część miejscowości",
            "schronisko turystyczne",
        )
    )
}
_LAST_RANK = len(KIND_RANK)

_VOIVODESHIP_PREFIXES = ("województwo ", "woj. ", "woj ")
_POWIAT_PREFIXES = ("powiat ", "pow. ", "pow ")


@dataclass(frozen=True, slots=True)
class Locality:
    """One SIMC locality. ``terc`` is the 7-digit TERC of its gmina; ``lat``/``lon``/``population`` come from
    GeoNames and are ``None`` where no GeoNames record could be matched."""

    name: str
    kind: str
    gmina: str
    powiat: str
    voivodeship: str
    simc: str | None
    terc: str | None
    lat: float | None
    lon: float | None
    population: int | None


@dataclass(frozen=True, slots=True)
class Unit:
    """One TERC unit: ``code`` has 2 (województwo), 4 (powiat) or 7 digits (gmina, or a part of one)."""

    code: str
    name: str
    kind: str
    voivodeship: str


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _strip_prefix(value: str, prefixes: tuple[str, ...]) -> str:
    key = _key(value)
    for prefix in prefixes:
        if key.startswith(prefix):
            return key[len(prefix) :].strip()
    return key


def _parse_locality(line: str) -> Locality:
    name, kind, gmina, powiat, voiv, simc, terc, lat, lon, pop = line.split("\t")
    return Locality(
        name=name,
        kind=kind,
        gmina=gmina,
        powiat=powiat,
        voivodeship=voiv,
        simc=simc or None,
        terc=terc or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(pop) if pop else None,
    )


def _rank(loc: Locality) -> tuple[int, int, str]:
    """Sort key for "the most likely referent": larger population, then kind (town over village, ...), then the
    SIMC id so the choice is deterministic."""
    return (-(loc.population or 0), KIND_RANK.get(loc.kind, _LAST_RANK), loc.simc or "")


def _check_header(header: str, expected: tuple[str, ...], what: str) -> None:
    if tuple(header.split("\t")) != expected:
        raise ValueError(f"{what}: unexpected header {header!r}, expected {expected}")


class Gazetteer:
    """Name index over the localities and units tables.

    Build it with :func:`gazetteer` (packaged data) or directly from TSV lines (tests, alternative data).
    """

    __slots__ = ("_cache", "_communes", "_counties", "_index", "_lines", "_names", "_units")

    def __init__(self, locality_lines: Iterable[str], unit_lines: Iterable[str]) -> None:
        """``locality_lines``/``unit_lines``: the TSV lines *including* the header line."""
        lines = locality_lines if isinstance(locality_lines, list) else list(locality_lines)
        _check_header(lines[0] if lines else "", LOCALITY_COLUMNS, "localities")
        self._lines: list[str] = lines[1:]
        while self._lines and not self._lines[-1]:  # trailing newline
            self._lines.pop()
        index: dict[str, list[int]] = {}
        # Names in the file are already whitespace-normalised, so a bare casefold equals _key() here; one
        # casefold of all the names joined (casefold maps character by character and never yields a newline)
        # instead of 100k calls keeps the load loop cheap.
        keys = "\n".join([line[: line.index("\t")] for line in self._lines]).casefold().split("\n")
        for i, key in enumerate(keys if self._lines else ()):
            bucket = index.get(key)
            if bucket is None:
                index[key] = [i]
            else:
                bucket.append(i)
        self._index = index
        self._cache: dict[str, tuple[Locality, ...]] = {}
        self._names: frozenset[str] | None = None

        ulines = iter(unit_lines)
        _check_header(next(ulines, ""), UNIT_COLUMNS, "units")
        self._units: dict[str, Unit] = {}
        counties: dict[str, list[Unit]] = {}
        communes: dict[str, list[Unit]] = {}
        for line in ulines:
            if not line:
                continue
            unit = Unit(*line.split("\t"))
            self._units[unit.code] = unit
            if len(unit.code) == 4:  # powiat or city with powiat rights
                counties.setdefault(_key(unit.name), []).append(unit)
            elif len(unit.code) == 7 and unit.code[-1] in "123":  # gmina miejska / wiejska / miejsko-wiejska
                communes.setdefault(_key(unit.name), []).append(unit)
        self._counties = {k: tuple(v) for k, v in counties.items()}
        self._communes = {k: tuple(v) for k, v in communes.items()}

    # ------------------------------------------------------------------ localities

    def localities(self, name: str) -> tuple[Locality, ...]:
        """All localities with exactly this nominative name (case-insensitive), in file order (name, SIMC id)."""
        key = _key(name)
        hit = self._cache.get(key)
        if hit is None:
            rows = self._index.get(key)
            if rows is None:
                return ()
            hit = tuple(_parse_locality(self._lines[i]) for i in rows)
            self._cache[key] = hit
        return hit

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _key(name) in self._index

    def __len__(self) -> int:
        return len(self._lines)

    def best(
        self,
        name: str,
        *,
        voivodeship: str | None = None,
        powiat: str | None = None,
        kinds: Collection[str] | None = None,
    ) -> Locality | None:
        """The most plausible referent of ``name`` among its homonyms (there are ~40 places called "Zielona Góra").

        Context narrows the choice but never empties it: candidates in the given voivodeship are preferred, then,
        among those, the ones in the given powiat (powiat names repeat across voivodeships, e.g. "średzki");
        a context that matches no candidate is ignored. ``kinds`` is a hard filter (e.g. ``{"miasto"}``).
        What remains is ranked by population, then kind (miasto > wieś > ...), then SIMC id.
        ``powiat`` may be given as "nakielski", "powiat nakielski" or a city-powiat name ("Toruń").
        """
        cands: tuple[Locality, ...] | list[Locality] = self.localities(name)
        if kinds is not None:
            wanted = {_key(k) for k in kinds}
            cands = [c for c in cands if _key(c.kind) in wanted]
        if not cands:
            return None
        if voivodeship:
            v = _strip_prefix(voivodeship, _VOIVODESHIP_PREFIXES)
            cands = [c for c in cands if _key(c.voivodeship) == v] or cands
        if powiat:
            p = _strip_prefix(powiat, _POWIAT_PREFIXES)
            cands = [c for c in cands if _key(c.powiat) == p] or cands
        return min(cands, key=_rank)

    def names(self) -> frozenset[str]:
        """All locality names, casefolded (fast membership test for candidate spans)."""
        if self._names is None:
            self._names = frozenset(self._index)
        return self._names

    # ------------------------------------------------------------------ units

    def counties(self, name: str) -> tuple[Unit, ...]:
        """Powiat units by name: "nakielski", or a city with powiat rights ("Toruń"); "powiat " prefix allowed."""
        return self._counties.get(_strip_prefix(name, _POWIAT_PREFIXES), ())

    def communes(self, name: str) -> tuple[Unit, ...]:
        """Gmina units (miejska, wiejska, miejsko-wiejska) by name; "Bolesławiec" gives both of its gminas."""
        key = _key(name)
        if key.startswith("gmina "):
            key = key[len("gmina ") :]
        return self._communes.get(key, ())

    def communes_in(self, powiat_code: str) -> tuple[Unit, ...]:
        """The gminas (miejska, wiejska, miejsko-wiejska) of a powiat, by its 4-digit TERC code."""
        return tuple(
            u
            for code, u in self._units.items()
            if len(code) == 7 and code.startswith(powiat_code) and code[-1] in "123"
        )

    def unit(self, code: str) -> Unit | None:
        """A TERC unit by code (2, 4 or 7 digits), e.g. a locality's ``terc`` → its gmina."""
        return self._units.get(code)


def _read_lines(filename: str) -> list[str]:
    data = (files("kooperacja_nlp") / "data" / filename).read_bytes()
    return gzip.decompress(data).decode("utf-8").split("\n")


@functools.cache
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded on first call and shared afterwards."""
    return Gazetteer(_read_lines("localities.tsv.gz"), _read_lines("units.tsv.gz"))
