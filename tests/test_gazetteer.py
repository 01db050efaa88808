"""Gazetteer: packaged data (TERYT 2026-01-01 + GeoNames) and the build script on in-memory raw rows."""

from __future__ import annotations

import gzip
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from kooperacja_nlp.gazetteer import LOCALITY_COLUMNS, UNIT_COLUMNS, Gazetteer, Locality, gazetteer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "kooperacja_nlp" / "data"


def _load_build_script() -> ModuleType:
    name = "build_gazetteer"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer()


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _load_build_script()


# --------------------------------------------------------------------------------------------- packaged data


def test_torun_is_a_town_in_kujawsko_pomorskie(gaz: Gazetteer) -> None:
    torun = gaz.best("Toruń")
    assert torun is not None
    assert torun.kind == "miasto"
    assert torun.voivodeship == "kujawsko-pomorskie"
    assert torun.powiat == "Toruń"  # city with powiat rights
    assert torun.terc == "0463011"
    assert torun.population and torun.population > 150_000
    assert torun.lat and torun.lon and 52.9 < torun.lat < 53.1 and 18.5 < torun.lon < 18.7
    # other places called Toruń are villages elsewhere
    assert {loc.kind for loc in gaz.localities("Toruń")} >= {"miasto", "wieś"}


def test_starogard_gdanski(gaz: Gazetteer) -> None:
    loc = gaz.best("Starogard Gdański")
    assert loc is not None
    assert (loc.kind, loc.voivodeship, loc.powiat, loc.gmina) == (
        "miasto",
        "pomorskie",
        "starogardzki",
        "Starogard Gdański",
    )


def test_naklo_nad_notecia(gaz: Gazetteer) -> None:
    (loc,) = [x for x in gaz.localities("Nakło nad Notecią") if x.kind == "miasto"]
    assert loc.powiat == "nakielski"
    assert loc.voivodeship == "kujawsko-pomorskie"
    assert loc.simc == "0929463"
    # town inside a gmina miejsko-wiejska: terc is the gmina's (RODZ 3), not the urban part's (RODZ 4)
    assert loc.terc is not None and loc.terc.endswith("3")
    unit = gaz.unit(loc.terc)
    assert unit is not None and unit.name == "Nakło nad Notecią" and unit.kind == "gmina miejsko-wiejska"


@pytest.mark.parametrize(
    ("name", "voivodeship", "powiat"),
    [
        ("Bielsko-Biała", "śląskie", "Bielsko-Biała"),
        ("Kędzierzyn-Koźle", "opolskie", "kędzierzyńsko-kozielski"),
    ],
)
def test_hyphenated_towns(gaz: Gazetteer, name: str, voivodeship: str, powiat: str) -> None:
    loc = gaz.best(name)
    assert loc is not None
    assert (loc.name, loc.kind, loc.voivodeship, loc.powiat) == (name, "miasto", voivodeship, powiat)
    assert loc.lat is not None  # GeoNames calls it "Bielsko-Biala": matched through alternate names


def test_lookup_is_case_insensitive_and_exact(gaz: Gazetteer) -> None:
    assert "toruń" in gaz
    assert "TORUŃ" in gaz
    assert "Toruniu" not in gaz  # inflected forms are the caller's job
    assert gaz.localities("zielona góra") == gaz.localities("Zielona Góra")
    assert gaz.localities("Nie Ma Takiej Miejscowości") == ()
    assert gaz.best("Nie Ma Takiej Miejscowości") is None
    assert "zielona góra" in gaz.names()
    assert all(n == n.casefold() for n in list(gaz.names())[:1000])


def test_zielona_gora_homonyms(gaz: Gazetteer) -> None:
    homonyms = gaz.localities("Zielona Góra")
    assert len(homonyms) > 5
    assert len({loc.voivodeship for loc in homonyms}) > 3
    best = gaz.best("Zielona Góra")
    assert best is not None
    assert (best.kind, best.voivodeship, best.powiat) == ("miasto", "lubuskie", "Zielona Góra")
    # context wins over size
    in_pomorskie = gaz.best("Zielona Góra", voivodeship="pomorskie")
    assert in_pomorskie is not None and in_pomorskie.voivodeship == "pomorskie" and in_pomorskie.kind != "miasto"
    by_powiat = gaz.best("Zielona Góra", powiat="powiat kluczborski")
    assert by_powiat is not None and by_powiat.powiat == "kluczborski"
    # a context matching nothing is ignored rather than emptying the choice
    assert gaz.best("Zielona Góra", voivodeship="podlaskie") == best
    # kinds is a hard filter
    assert gaz.best("Zielona Góra", kinds={"przysiółek"}) in homonyms
    assert gaz.best("Zielona Góra", kinds={"schronisko turystyczne"}) is None


def test_village_homonym_resolved_by_voivodeship(gaz: Gazetteer) -> None:
    homonyms = gaz.localities("Jerzmanowice")
    assert {(loc.kind, loc.voivodeship) for loc in homonyms} == {("wieś", "małopolskie"), ("wieś", "dolnośląskie")}
    default = gaz.best("Jerzmanowice")
    assert default is not None and default.voivodeship == "małopolskie"  # the bigger one
    lower_silesia = gaz.best("Jerzmanowice", voivodeship="dolnośląskie")
    assert lower_silesia is not None
    assert (lower_silesia.gmina, lower_silesia.powiat) == ("Chojnów", "legnicki")
    assert gaz.best("Jerzmanowice", voivodeship="województwo dolnośląskie") == lower_silesia


def test_best_is_deterministic(gaz: Gazetteer) -> None:
    picks = {gaz.best("Nowa Wieś") for _ in range(3)}
    assert len(picks) == 1
    assert len(gaz.localities("Nowa Wieś")) > 100


def test_counties(gaz: Gazetteer) -> None:
    (naklo,) = gaz.counties("nakielski")
    assert (naklo.code, naklo.kind, naklo.voivodeship) == ("0410", "powiat", "kujawsko-pomorskie")
    assert gaz.counties("powiat nakielski") == (naklo,)
    (torun,) = gaz.counties("Toruń")
    assert torun.kind == "miasto na prawach powiatu"
    assert {u.voivodeship for u in gaz.counties("średzki")} == {"dolnośląskie", "wielkopolskie"}
    assert gaz.counties("Kcynia") == ()


def test_communes(gaz: Gazetteer) -> None:
    (kcynia,) = gaz.communes("Kcynia")  # the gmina, not its urban/rural parts
    assert (kcynia.code, kcynia.kind, kcynia.voivodeship) == ("0410013", "gmina miejsko-wiejska", "kujawsko-pomorskie")
    kinds = {u.kind for u in gaz.communes("Bolesławiec")}
    assert {"gmina miejska", "gmina wiejska"} <= kinds
    assert gaz.communes("nakielski") == ()
    # localities of the gmina point at it
    town = gaz.best("Kcynia", kinds={"miasto"})
    assert town is not None and town.terc == kcynia.code and town.gmina == "Kcynia"


def test_warsaw_districts_belong_to_the_city_gmina(gaz: Gazetteer) -> None:
    warszawa = gaz.best("Warszawa")
    assert warszawa is not None and warszawa.kind == "miasto" and warszawa.voivodeship == "mazowieckie"
    (mokotow,) = [x for x in gaz.localities("Mokotów") if x.kind == "dzielnica"]
    assert mokotow.terc == warszawa.terc == "1465011"
    assert mokotow.gmina == "Warszawa"


def test_packaged_files_format() -> None:
    for filename, columns in (("localities.tsv.gz", LOCALITY_COLUMNS), ("units.tsv.gz", UNIT_COLUMNS)):
        raw = (DATA / filename).read_bytes()
        assert raw[4:8] == b"\0\0\0\0"  # gzip mtime 0: reproducible bytes
        lines = gzip.decompress(raw).decode("utf-8").split("\n")
        assert lines[0].split("\t") == list(columns)
        assert lines[-1] == ""
        body = [line.split("\t") for line in lines[1:-1]]
        assert all(len(row) == len(columns) for row in body)
        if filename == "localities.tsv.gz":
            assert len(body) > 100_000
            keys = [(row[0], row[5]) for row in body]
            assert keys == sorted(keys)
            assert len({row[5] for row in body}) == len(body)  # SIMC ids unique
            assert all(len(row[6]) == 7 for row in body)
        else:
            assert len(body) > 4000
            assert [row[0] for row in body] == sorted(row[0] for row in body)
            assert sum(1 for row in body if len(row[0]) == 2) == 16


def test_load_time() -> None:
    gazetteer.cache_clear()
    start = time.perf_counter()
    fresh = gazetteer()
    elapsed = time.perf_counter() - start
    assert "toruń" in fresh
    assert elapsed < 2.0, f"gazetteer load took {elapsed:.2f}s"  # ~0.2-0.3 s on a dev machine; generous bound


# --------------------------------------------------------------------------------------------- build script


def _terc(woj: str, pow_: str, gmi: str, rodz: str, name: str, kind: str) -> dict[str, str]:
    return {"WOJ": woj, "POW": pow_, "GMI": gmi, "RODZ": rodz, "NAZWA": name, "NAZWA_DOD": kind}


TERC_SAMPLE = [
    _terc("04", "", "", "", "KUJAWSKO-POMORSKIE", "województwo"),
    _terc("04", "10", "", "", "nakielski", "powiat"),
    _terc("04", "10", "01", "3", "Kcynia", "gmina miejsko-wiejska"),
    _terc("04", "10", "01", "4", "Kcynia", "miasto"),
    _terc("04", "10", "01", "5", "Kcynia", "obszar wiejski"),
    _terc("04", "63", "", "", "Toruń", "miasto na prawach powiatu"),
    _terc("04", "63", "01", "1", "Toruń", "gmina miejska"),
    _terc("14", "", "", "", "MAZOWIECKIE", "województwo"),
    _terc("14", "65", "", "", "Warszawa", "miasto stołeczne, na prawach powiatu"),
    _terc("14", "65", "01", "1", "Warszawa", "gmina miejska, miasto stołeczne"),
    _terc("14", "65", "05", "8", "Mokotów", "dzielnica"),
]


def _simc(woj: str, pow_: str, gmi: str, rodz: str, rm: str, name: str, sym: str, sympod: str = "") -> dict[str, str]:
    return {
        "WOJ": woj, "POW": pow_, "GMI": gmi, "RODZ_GMI": rodz, "RM": rm, "MZ": "1",
        "NAZWA": name, "SYM": sym, "SYMPOD": sympod or sym, "STAN_NA": "2026-01-01",
    }  # fmt: skip


SIMC_SAMPLE = [
    _simc("04", "10", "01", "4", "96", "Kcynia", "0929233"),
    _simc("04", "10", "01", "5", "01", "Dębogóra", "0087900"),
    _simc("04", "10", "01", "5", "00", "Dębogórka", "0087916", "0087900"),  # część wsi
    _simc("04", "10", "01", "5", "04", "Kcynia", "0087000"),  # same-named osada in the rural part
    _simc("04", "63", "01", "1", "96", "Toruń", "0982724"),
    _simc("04", "63", "01", "1", "99", "Podgórz", "0982999", "0982724"),
    _simc("14", "65", "01", "1", "96", "Warszawa", "0918123"),
    _simc("14", "65", "05", "8", "95", "Mokotów", "0918530"),
]

WMRODZ_SAMPLE = [
    {"RM": code, "NAZWA_RM": label}
    for code, label in [("00", "część"), ("01", "wieś"), ("04", "osada"), ("95", "dzielnica"), ("96", "miasto"),
                        ("99", "część miasta")]
]  # fmt: skip


def _geo(
    gid: int, name: str, alt: str, lat: str, lon: str, code: str, adm2: str, adm3: str, adm4: str, pop: int
) -> str:
    return "\t".join(
        [str(gid), name, name, alt, lat, lon, "P", code, "PL", "", "73", adm2, adm3, adm4, str(pop), "", "60",
         "Europe/Warsaw", "2024-01-01"]
    )  # fmt: skip


GEONAMES_SAMPLE = [
    _geo(1, "Kcynia", "", "52.99192", "17.4883", "PPL", "0410", "041001", "", 4716),
    _geo(2, "Toruń", "Thorn,Torun", "53.01375", "18.59814", "PPLA", "0463", "046301", "", 198613),
    _geo(3, "Warsaw", "Warszawa,Varsovie", "52.22977", "21.01178", "PPLC", "1465", "146501", "", 1702139),
    _geo(4, "Mokotów", "", "52.19", "21.02", "PPL", "1465", "146501", "146505_8", 217683),
    _geo(5, "Dębogóra", "", "52.98", "17.45", "PPL", "0410", "041001", "", 0),
    _geo(6, "Kcynia", "", "52.9", "17.4", "PPLH", "0410", "041001", "", 0),  # historical: ignored
    _geo(7, "Nowhere", "", "50.0", "20.0", "PPL", "0410", "041001", "", 10),  # no such locality
    "garbage line",
]


def _decode_table(payload: bytes) -> list[list[str]]:
    return [line.split("\t") for line in gzip.decompress(payload).decode("utf-8").splitlines()]


def test_build_on_sample_rows(build: ModuleType) -> None:
    result = build.build(TERC_SAMPLE, SIMC_SAMPLE, WMRODZ_SAMPLE, GEONAMES_SAMPLE)
    table = _decode_table(result.localities)
    assert table[0] == list(LOCALITY_COLUMNS)
    rows = {row[5]: dict(zip(LOCALITY_COLUMNS, row, strict=True)) for row in table[1:]}
    assert len(rows) == result.locality_count == len(SIMC_SAMPLE)
    assert [(r[0], r[5]) for r in table[1:]] == sorted((r[0], r[5]) for r in table[1:])

    kcynia = rows["0929233"]
    assert kcynia == {
        "name": "Kcynia", "kind": "miasto", "gmina": "Kcynia", "powiat": "nakielski",
        "voivodeship": "kujawsko-pomorskie", "simc": "0929233", "terc": "0410013",
        "lat": "52.99192", "lon": "17.4883", "population": "4716",
    }  # fmt: skip
    osada = rows["0087000"]
    assert (osada["kind"], osada["terc"], osada["lat"]) == ("osada", "0410013", "")  # town got the coordinates
    assert rows["0087916"]["kind"] == "część wsi"
    assert (rows["0087900"]["lat"], rows["0087900"]["population"]) == ("52.98", "")  # population 0 -> empty
    assert rows["0982999"]["kind"] == "część miasta"
    assert (rows["0982724"]["powiat"], rows["0982724"]["population"]) == ("Toruń", "198613")
    assert rows["0918123"]["lat"] == "52.22977"  # "Warsaw" matched through its alternate name
    mokotow = rows["0918530"]
    assert (mokotow["kind"], mokotow["gmina"], mokotow["terc"], mokotow["population"]) == (
        "dzielnica",
        "Warszawa",
        "1465011",
        "217683",
    )
    assert result.stats.matched == 5
    assert result.stats.unmatched == 1

    units = _decode_table(result.units)
    assert units[0] == list(UNIT_COLUMNS)
    assert len(units) - 1 == result.unit_count == len(TERC_SAMPLE)
    by_code = {row[0]: row for row in units[1:]}
    assert by_code["04"] == ["04", "kujawsko-pomorskie", "województwo", "kujawsko-pomorskie"]
    assert by_code["0410"] == ["0410", "nakielski", "powiat", "kujawsko-pomorskie"]
    assert by_code["0410013"] == ["0410013", "Kcynia", "gmina miejsko-wiejska", "kujawsko-pomorskie"]
    assert by_code["1465058"][1:3] == ["Mokotów", "dzielnica"]


def test_build_output_loads_into_gazetteer(build: ModuleType) -> None:
    result = build.build(TERC_SAMPLE, SIMC_SAMPLE, WMRODZ_SAMPLE, GEONAMES_SAMPLE)
    gaz = Gazetteer(
        gzip.decompress(result.localities).decode("utf-8").split("\n"),
        gzip.decompress(result.units).decode("utf-8").split("\n"),
    )
    assert len(gaz) == len(SIMC_SAMPLE)
    best = gaz.best("kcynia")
    assert best == Locality(
        "Kcynia", "miasto", "Kcynia", "nakielski", "kujawsko-pomorskie", "0929233", "0410013", 52.99192, 17.4883, 4716
    )
    assert gaz.best("Kcynia", kinds=["osada"]) is not None
    assert [u.code for u in gaz.communes("Kcynia")] == ["0410013"]
    assert [u.code for u in gaz.counties("Toruń")] == ["0463"]


def test_build_without_geonames_or_wmrodz(build: ModuleType) -> None:
    result = build.build(TERC_SAMPLE, SIMC_SAMPLE)
    table = _decode_table(result.localities)
    assert result.stats is None
    assert all(row[7:] == ["", "", ""] for row in table[1:])
    kinds = {row[5]: row[1] for row in table[1:]}
    assert kinds["0087916"] == "część wsi" and kinds["0918530"] == "dzielnica"  # built-in WMRODZ


def test_build_is_deterministic(build: ModuleType) -> None:
    first = build.build(TERC_SAMPLE, SIMC_SAMPLE, WMRODZ_SAMPLE, GEONAMES_SAMPLE)
    second = build.build(list(reversed(TERC_SAMPLE)), list(reversed(SIMC_SAMPLE)), WMRODZ_SAMPLE,
                         list(reversed(GEONAMES_SAMPLE)))  # fmt: skip
    assert first.localities == second.localities
    assert first.units == second.units
    assert first.localities[:10] == b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"


def test_read_teryt_table_from_zip_csv_and_xml(build: ModuleType, tmp_path: Path) -> None:
    import zipfile

    csv_text = "\ufeffWOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\r\n04;;;;KUJAWSKO-POMORSKIE;województwo;2026-01-01\r\n"
    xml_text = (
        '<?xml version="1.0" encoding="utf-8"?><teryt><catalog name="TERC"><row><WOJ>04</WOJ><POW/><GMI/><RODZ/>'
        "<NAZWA>KUJAWSKO-POMORSKIE</NAZWA><NAZWA_DOD>województwo</NAZWA_DOD></row></catalog></teryt>"
    )
    archive = tmp_path / "TERC_Urzedowy_2026-05-11.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("TERC_Urzedowy_2026-05-11.xml", xml_text)
        zf.writestr("TERC_Urzedowy_2026-05-11.csv", csv_text.encode("utf-8"))
    (tmp_path / "terc.xml").write_text(xml_text, encoding="utf-8")
    expected = _terc("04", "", "", "", "KUJAWSKO-POMORSKIE", "województwo")
    from_zip = build.read_teryt_table(archive)
    assert len(from_zip) == 1 and expected.items() <= from_zip[0].items()
    assert build.read_teryt_table(tmp_path / "terc.xml") == [expected]


def test_cli_writes_both_files(build: ModuleType, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    header_terc = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA"
    terc_lines = [header_terc] + [
        ";".join([r["WOJ"], r["POW"], r["GMI"], r["RODZ"], r["NAZWA"], r["NAZWA_DOD"], "2026-01-01"])
        for r in TERC_SAMPLE
    ]
    simc_cols = ["WOJ", "POW", "GMI", "RODZ_GMI", "RM", "MZ", "NAZWA", "SYM", "SYMPOD", "STAN_NA"]
    simc_lines = [";".join(simc_cols)] + [";".join(r[c] for c in simc_cols) for r in SIMC_SAMPLE]
    (raw / "TERC_Urzedowy_2026-05-11.csv").write_text("\ufeff" + "\r\n".join(terc_lines) + "\r\n", encoding="utf-8")
    (raw / "SIMC_Urzedowy_2026-05-11.csv").write_text("\ufeff" + "\r\n".join(simc_lines) + "\r\n", encoding="utf-8")
    (raw / "PL.txt").write_text("\n".join(GEONAMES_SAMPLE) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert build.main([str(raw), "--out", str(out)]) == 0
    expected = build.build(TERC_SAMPLE, SIMC_SAMPLE, None, GEONAMES_SAMPLE)
    assert (out / "localities.tsv.gz").read_bytes() == expected.localities
    assert (out / "units.tsv.gz").read_bytes() == expected.units


def _tsv_gazetteer(*rows: str) -> Gazetteer:
    return Gazetteer(["\t".join(LOCALITY_COLUMNS), *rows, ""], ["\t".join(UNIT_COLUMNS)])


def test_index_from_rows_groups_homonyms_case_insensitively() -> None:
    # the load casefolds all names in one call: each row must still land under its own key
    gaz = _tsv_gazetteer(
        "Łęczyca\tmiasto\tŁęczyca\tłęczycki\tłódzkie\t0970550\t1004011\t52.06\t19.2\t14000",
        "Wola\twieś\tŁagów\tkielecki\tświętokrzyskie\t0001\t2604062\t\t\t",
        "Wola\twieś\tBrzeziny\tbrzeziński\tłódzkie\t0002\t1021022\t\t\t",
        "Nowa Wieś\twieś\tKcynia\tnakielski\tkujawsko-pomorskie\t0003\t0410023\t\t\t",
    )
    assert len(gaz) == 4
    assert [loc.gmina for loc in gaz.localities("WOLA")] == ["Łagów", "Brzeziny"]
    assert [loc.simc for loc in gaz.localities("łĘCZYCA")] == ["0970550"]
    assert gaz.localities("nowa  wieś")[0].powiat == "nakielski"
    assert gaz.localities("Wieś") == ()
    assert gaz.names() == frozenset({"łęczyca", "wola", "nowa wieś"})


def test_index_of_an_empty_table() -> None:
    gaz = _tsv_gazetteer()
    assert len(gaz) == 0
    assert gaz.names() == frozenset()
    assert gaz.localities("") == ()
