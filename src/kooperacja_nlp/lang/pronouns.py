# Polish relative pronoun "który" in every case, gender and number: the word that opens a
# subordinate clause ("projekt pn. X, który …", "…, która odbyła się 5 marca"). Lower-case.
from typing import Final

RELATIVE_PRONOUNS: Final[tuple[str, ...]] = (
    "który",
    "która",
    "które",
    "którego",
    "której",
    "którym",
    "którą",
    "których",
    "którzy",
    "którymi",
    "któremu",
)
