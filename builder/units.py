"""Measures written with their units: lengths, areas, masses, volumes, speeds, concentrations, temperatures, power and
energy ('10 km', 'about 7 miles', '12,400 hectares', '1.2 million litres', '38 µg/L', '45 °C', '1,200MW', '4.1 TWh'), each read as a number of its quantity's base unit and as
precise as it is written, and shown in the metric units a reader expects ('12 km', '12,400 ha')."""
from __future__ import annotations

import re

MAX_VALUE = 10**15  # a figure's largest size, in its quantity's base unit (a reservoir's 1.9 billion m³ is 1.9e12
# litres); every whole number up to it is exact as a float

# Each quantity's units: the factor to its base unit (metre, square metre, kilogram, litre, km/h, degree Celsius, watt,
# watt-hour), by
# every spelling an editor or an article uses; a concentration's base unit is the microgram per litre (of water; of
# blood, per decilitre; of air, per cubic metre). A factor is one unit's: a unit that shares another's (nanograms per
# litre, milligrams per cubic metre) would be shown by the other's name. "tons" alone is left out: a metric, a short or a long ton, a tenth apart.
# A mass in a kilogram of a solid (residues in food, bees or soil; a dose by body weight), as a litre of water weighs a
# kilogram: 410 µg/kg is 0.41 mg/kg, each shown by its own name.
_PER_KILOGRAM = {"µg/kg": ("µg/kg", "μg/kg", "ug/kg", "mcg/kg", "microgram per kilogram", "micrograms per kilogram"),
                 "mg/kg": ("mg/kg", "milligram per kilogram", "milligrams per kilogram")}
UNITS: dict[str, dict[str, float]] = {
    "length": {"m": 1, "metre": 1, "meter": 1, "km": 1000, "kms": 1000, "kilometre": 1000, "kilometer": 1000,
               "cm": 0.01, "centimetre": 0.01, "centimeter": 0.01, "mm": 0.001, "millimetre": 0.001,
               "millimeter": 0.001, "inch": 0.0254, "inches": 0.0254, "mi": 1609.344, "mile": 1609.344,
               "ft": 0.3048, "foot": 0.3048, "feet": 0.3048, "yd": 0.9144, "yard": 0.9144, "furlong": 201.168, "nautical mile": 1852,
               "nmi": 1852},
    "area": {"m²": 1, "m2": 1, "sq m": 1, "square metre": 1, "square meter": 1, "km²": 1e6, "km2": 1e6,
             "sq km": 1e6, "square kilometre": 1e6, "square kilometer": 1e6, "ha": 1e4, "hectare": 1e4,
             "acre": 4046.8564224, "sq mi": 2589988.110336, "square mile": 2589988.110336,
             "square nautical mile": 3429904, "sq nmi": 3429904,  # a sea search's area
             "ft²": 0.09290304, "sq ft": 0.09290304, "square foot": 0.09290304, "square feet": 0.09290304},  # shown
    # as "ft²" (a name of letters gets its plural: "sq fts")
    "mass": {"kg": 1, "kgs": 1, "kilogram": 1, "kilo": 1, "g": 0.001, "gram": 0.001, "t": 1000, "tonne": 1000,
             "metric ton": 1000, "lb": 0.45359237, "lbs": 0.45359237, "pound": 0.45359237, "short ton": 907.18474,
             "long ton": 1016.0469088, "mg": 1e-6, "milligram": 1e-6, "µg": 1e-9, "μg": 1e-9, "mcg": 1e-9,
             "microgram": 1e-9},
    "volume": {"litre": 1, "l": 1, "liter": 1, "ml": 0.001, "mL": 0.001, "megalitre": 1e6, "megaliter": 1e6,
               "Ml": 1e6, "ML": 1e6, "m³": 1000, "m3": 1000, "cubic metre": 1000,
               "cubic meter": 1000, "km³": 1e12, "km3": 1e12, "cubic kilometre": 1e12, "cubic kilometer": 1e12,
               "gallon": 3.785411784, "barrel": 158.987294928, "bbl": 158.987294928},
    "speed": {"km/h": 1, "kph": 1, "kmh": 1, "kilometres per hour": 1, "kilometers per hour": 1,
              "kilometres an hour": 1, "kilometers an hour": 1, "km an hour": 1,
              "mph": 1.609344, "miles per hour": 1.609344, "miles an hour": 1.609344, "knot": 1.852, "kt": 1.852, "m/s": 3.6,
              "metres per second": 3.6, "meters per second": 3.6, "m/h": 1e-3, "metres per hour": 1e-3,
              "meters per hour": 1e-3, "metres an hour": 1e-3, "meters an hour": 1e-3},  # a lava flow's 80 m/h
    "concentration": {"µg/L": 1, "μg/L": 1, "ug/L": 1, "microgram per litre": 1, "micrograms per litre": 1,
                      "microgram per liter": 1, "micrograms per liter": 1, "mg/L": 1e3, "milligram per litre": 1e3,
                      "milligrams per litre": 1e3, "milligram per liter": 1e3, "milligrams per liter": 1e3,
                      "g/L": 1e6,
                      "µg/dL": 10, "μg/dL": 10, "ug/dL": 10, "micrograms per decilitre": 10,
                      "micrograms per deciliter": 10, "mg/dL": 1e4, "milligrams per decilitre": 1e4,
                      "milligrams per deciliter": 1e4, "µg/m³": 1e-3, "μg/m³": 1e-3, "µg/m3": 1e-3, "μg/m3": 1e-3,
                      "ug/m3": 1e-3, "micrograms per cubic metre": 1e-3, "micrograms per cubic meter": 1e-3,
                      "ng/mL": 1, "ng/ml": 1, "nanogram per millilitre": 1, "nanograms per millilitre": 1,
                      "nanogram per milliliter": 1, "nanograms per milliliter": 1, "ng/L": 1e-3,
                      **dict.fromkeys(_PER_KILOGRAM["µg/kg"], 1), **dict.fromkeys(_PER_KILOGRAM["mg/kg"], 1e3)},
    "temperature": {"°C": 1, "C": 1, "degrees Celsius": 1, "degrees C": 1, "Celsius": 1, "°F": 5 / 9, "F": 5 / 9,
                    "degrees Fahrenheit": 5 / 9, "degrees F": 5 / 9, "Fahrenheit": 5 / 9},
    "power": {"W": 1, "watt": 1, "kW": 1e3, "kilowatt": 1e3, "MW": 1e6, "megawatt": 1e6, "GW": 1e9, "gigawatt": 1e9},
    "energy": {"Wh": 1, "watt-hour": 1, "kWh": 1e3, "kilowatt-hour": 1e3, "kilowatt hour": 1e3, "MWh": 1e6,
               "megawatt-hour": 1e6, "megawatt hour": 1e6, "GWh": 1e9, "gigawatt-hour": 1e9, "gigawatt hour": 1e9,
               "TWh": 1e12, "terawatt-hour": 1e12, "terawatt hour": 1e12},
}
_ZERO = {"°F": 32, "F": 32, "degrees Fahrenheit": 32, "degrees F": 32, "Fahrenheit": 32}  # a scale's zero, in its own
# degrees: 32 °F is 0 °C
MEASURES = tuple(UNITS)
# How each quantity is shown: its units from the largest down, each (its name, its factor): the first one a figure
# reaches, or the last one.
_SHOWN = {"length": (("km", 1000), ("m", 1), ("mm", 0.001)), "area": (("ha", 1e4), ("m²", 1)),
          "mass": (("t", 1000), ("kg", 1), ("g", 1e-3), ("mg", 1e-6), ("µg", 1e-9)),
          "volume": (("million m³", 1e9), ("million litres", 1e6), ("litres", 1)),
          "speed": (("km/h", 1), ("m/h", 1e-3)), "concentration": (("mg/L", 1e3), ("µg/L", 1)), "temperature": (("°C", 1),),
          "power": (("MW", 1e6), ("kW", 1e3), ("W", 1)),  # a power station's 1,200 MW, as the trade writes it
          "energy": (("TWh", 1e12), ("GWh", 1e9), ("MWh", 1e6), ("kWh", 1e3), ("Wh", 1))}
EXAMPLES = {"length": "12 km", "area": "1200 hectares", "mass": "40 t", "volume": "500 litres", "speed": "150 km/h",
            "concentration": "38 µg/L", "temperature": "45 °C", "power": "960 MW", "energy": "4.1 TWh"}
BASE = {"length": "m", "area": "m²", "mass": "kg", "volume": "litres", "speed": "km/h",  # a tolerance's `absolute`
        "concentration": "µg/L", "temperature": "°C", "power": "W", "energy": "Wh"}

_NAMES = {name: quantity for quantity, units in UNITS.items() for name in units}
_CASED = {"C", "F", "Ml", "ML"}  # units read only as written: "Ml" (the water trade's megalitre) is no "ml"
_FOLDED = {name.lower(): name for name in _NAMES if name not in _CASED}  # "Km", "CELSIUS"; not "c" nor "f"
# Units never read from an article: "5m" and "3t" are millions and thousands there, "5C" a school class unless it is
# "45°C" (prose_figures reads "45C" on its own terms); "in" is no unit at all ("5 in 10").
_NOT_IN_PROSE = {"m", "t", "g", "l", "ml", "mL", "kt", "C", "F", "pound", "W"}  # "9 million pounds" is money there, "51 W"
# a longitude


def _pattern(names) -> str:
    """A regular expression of unit names, a word's plural too ('miles', 'hectares'), longest first."""
    return "|".join(re.escape(name).replace(r"\ ", r"[\s-]")  # "a 25-square-metre section"
                    + ("s?" if len(name) >= 4 and name[-1].isalpha() and name != "feet" else "")
                    for name in sorted(names, key=len, reverse=True))


NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # "12,400", "6.5", "-5": thousands grouped or not
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "tn": 1e12}
# A figure with its unit as a card writes it: "12 km", "7 miles", "12,400 hectares", "1.2 million litres".
WRITTEN = re.compile(rf"(?P<n>{NUMBER}) ?(?:(?P<scale>{'|'.join(SCALES)}) )?(?P<unit>{_pattern(_NAMES)})", re.I)
# the units an article's figure is read with (prose_figures), the megalitre's symbols in their own case ("480 Ml/d")
PROSE = _pattern(set(_NAMES) - _NOT_IN_PROSE - _CASED) + "|(?-i:Ml|ML)"


def unit(word: str) -> tuple[str, str, float] | None:
    """(quantity, the unit's name, its factor to the base unit) of a unit as written ('miles', 'Km', 'hectares');
    None for a word that is no unit."""
    name = " ".join(word.split())
    name = name if name in _NAMES or "-" not in name else " ".join(name.split("-"))  # "square-metre"; "watt-hour" kept
    name = name if name in _NAMES else _FOLDED.get(name.lower(), name)
    if name not in _NAMES and name.lower().removesuffix("s") in _FOLDED and len(name) >= 5:
        name = _FOLDED[name.lower().removesuffix("s")]
    if name not in _NAMES:
        return None
    return _NAMES[name], name, UNITS[_NAMES[name]][name]


def to_base(n: float, name: str) -> float:
    """``n`` of the unit ``name`` in its quantity's base unit: 12 km → 12,000 m, 113 °F → 45 °C; to twelve significant
    digits, so that a figure is one number however it was written (50 mg is 5e-05 kg, not 4.9999999999999996e-05)."""
    return float(f"{(n - _ZERO.get(name, 0)) * UNITS[_NAMES[name]][name]:.12g}")


def from_base(x: float, name: str) -> float:
    """A number of a quantity's base unit in the unit ``name``: 12,000 m → 12 km, 45 °C → 113 °F."""
    return x / UNITS[_NAMES[name]][name] + _ZERO.get(name, 0)


def parse(text: str, quantity: str, approx: bool = False) -> tuple[float, float] | None:
    """A measure written with its unit, as (its number of the base unit, how far its written digits reach, in base
    units); None when ``text`` is no figure of ``quantity`` with one of its units. An exact figure reaches half the
    step of its last digit: '12 km' is 11.5 to 12.5 km, '6.5 km' 6.45 to 6.55; one ending in zeros is rounded to its
    last other digit, keeping two: '150 mph' is 145 to 155 mph, '12,000 hectares' 11,500 to 12,500. 'About'
    (``approx``) a figure of one significant digit reaches a quarter of that digit's unit, as 'about' a count does
    ('about 10 km' is 7.5 to 12.5 km); 'about' other figures reach nothing more than the approximate tolerance."""
    m = WRITTEN.fullmatch(" ".join(text.split()))
    found = unit(m["unit"]) if m else None
    if not found or found[0] != quantity or (m["n"].startswith("-") and quantity != "temperature"):
        return None
    digits, scale = m["n"].replace(",", "").lstrip("-"), SCALES.get((m["scale"] or "").lower(), 1)
    figure = float(m["n"].replace(",", "")) * scale
    reach = (_one_digit(abs(figure)) / 4 if quantity != "temperature" else 0) if approx else _half_step(digits) * scale
    return to_base(figure, found[1]), reach * found[2]


def _one_digit(n: float) -> float:
    """The unit of a figure's only significant digit, from 10 up ('300' → 100, '1 million' → 1,000,000), else 0
    ('12', '7', '0.5', '1.5 million')."""
    if not n.is_integer() or n < 10:
        return 0
    unit = 10 ** (len(str(int(n))) - 1)
    return unit if n % unit == 0 else 0


# A unit that is another's size under another name, shown by its own: ng/mL is µg/L, but anti-doping reports say ng/mL.
_OWN_NAME = {**{name: "ng/mL" for name in ("ng/mL", "ng/ml", "nanogram per millilitre", "nanograms per millilitre",
                                           "nanogram per milliliter", "nanograms per milliliter")},
             **{name: own for own, spellings in _PER_KILOGRAM.items() for name in spellings}}


def canonical(text: str) -> str:
    """A measure as a card's figure is shown, each unit by one name: '12 kilometres' → '12 km', '12400 hectares' →
    '12,400 ha', '1 acres' → '1 acre'; ``text`` is one ``parse`` reads."""
    m = WRITTEN.fullmatch(" ".join(text.split()))
    quantity, written, factor = unit(m["unit"])
    name = _OWN_NAME.get(written) or next(name for name, f in UNITS[quantity].items()
                                          if f == factor and _ZERO.get(name) == _ZERO.get(written))
    whole, _, decimals = m["n"].replace(",", "").lstrip("-").partition(".")
    number = "-" * m["n"].startswith("-") + f"{int(whole):,}" + (f".{decimals}" if decimals else "")
    plural = ("es" if name.endswith("ch") else "s") if name.replace(" ", "").isalpha() and len(name) >= 4 and (
        number != "1" or m["scale"]) and quantity != "temperature" else ""
    return " ".join(filter(None, (number, (m["scale"] or "").lower(), name + plural)))


def _half_step(digits: str) -> float:
    """Half the unit of the last digit a figure is precise to: '6.5' → 0.05, '12' → 0.5; a figure ending in zeros is
    rounded to its last other digit, but keeps two significant digits: '150' (a conversion of 149.1) → 5, '30,600' →
    50, '12,000' → 500, '100' → 5, '10' → 0.5."""
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    whole = digits.lstrip("0") or "0"
    zeros = len(whole) - len(whole.rstrip("0"))
    return 0.5 * 10 ** min(zeros, max(len(whole) - 2, 0))


def shown(n: float, quantity: str, like: str = "") -> str:
    """A number of ``quantity``'s base unit as a reader reads it: in the unit of the figure ``like``, when it is
    written in one of ``quantity`` ('5 nautical miles' beside '12 nautical miles'; '35 µg/m³' for a concentration,
    what it is of deciding the unit readers expect), else in metric units: '120 mm', '850 m', '12 km', '12,400 ha',
    '40 t'; '0' alone."""
    name = written_unit(like, quantity)
    if name is not None:
        figure = from_base(n, name)
        return canonical(f"{_number(figure)} {name}") if figure else "0"
    if not n:
        return "0"
    ladder = _SHOWN[quantity]
    name, factor = next(((name, factor) for name, factor in ladder if abs(n) >= factor), ladder[-1])
    return f"{_number(n / factor)} {name}"


def _number(figure: float) -> str:
    return f"{figure:,.3f}".rstrip("0").rstrip(".")


def written_unit(text: str, quantity: str) -> str | None:
    """The name of the unit of ``quantity`` the figure ``text`` is written in ('nautical mile' for 'about 12 nautical
    miles'); None when it names none."""
    m = WRITTEN.search(text)
    found = unit(m["unit"]) if m else None
    return found[1] if found and found[0] == quantity else None


def spelt_out(name: str) -> str:
    """A unit's name in full, the longest of its quantity's names of its size: 'megawatt' for 'MW', 'kilometre' for
    'km' (what an article writes "1,200MW" for, a card "960 megawatts")."""
    quantity, factor = _NAMES[name], UNITS[_NAMES[name]][name]
    return max((n for n, f in UNITS[quantity].items() if f == factor and _ZERO.get(n) == _ZERO.get(name)
                and _OWN_NAME.get(n) == _OWN_NAME.get(name)), key=len)


def names(quantity: str) -> str:
    """The names of ``quantity``'s units, for an editor: 'm, metre, meter, km, kilometre, …'."""
    return ", ".join(name for name in UNITS[quantity] if name not in ("kms", "kgs", "lbs") and "\u03bc" not in name)  # not
    # the Greek mu's spellings, which look like the micro sign's and are accepted too
