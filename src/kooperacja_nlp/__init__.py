"""kooperacja-nlp: structured event records from Polish news about publicly funded projects.

>>> import kooperacja_nlp
>>> record = kooperacja_nlp.extract("W dniach 14-15 listopada 2019 roku w Toruniu odbyło się ...")
>>> record.events[0].start_date
'2019-11-14'
"""

from kooperacja_nlp.api import extract, extract_many
from kooperacja_nlp.pipeline import load
from kooperacja_nlp.records import SCHEMA_VERSION, ArticleRecord

__version__ = "0.1.0"

__all__ = ["SCHEMA_VERSION", "ArticleRecord", "__version__", "extract", "extract_many", "load"]
