"""The 40 municipalities of Groningen, Fryslân and Drenthe, for drawing synthetic records by size.

Names, provinces and COROP regions: FACTS.md D1/D2 (names High confidence; COROP counts agree with CBS
70072ned for 1 Jan 2024). The populations are of mixed older dates (about 2015-2021, Low confidence):
use them only as *relative* weights, never as real figures.
"""

# (municipality, province, COROP region, population as in FACTS.md D2)
MUNICIPALITIES = (
    ("Eemsdelta", "Groningen", "Delfzijl en omgeving", 45609),
    ("Groningen", "Groningen", "Overig Groningen", 233218),
    ("Het Hogeland", "Groningen", "Overig Groningen", 47843),
    ("Midden-Groningen", "Groningen", "Overig Groningen", 60740),
    ("Oldambt", "Groningen", "Oost-Groningen", 38292),
    ("Pekela", "Groningen", "Oost-Groningen", 12166),
    ("Stadskanaal", "Groningen", "Oost-Groningen", 31757),
    ("Veendam", "Groningen", "Oost-Groningen", 27419),
    ("Westerkwartier", "Groningen", "Overig Groningen", 63660),
    ("Westerwolde", "Groningen", "Oost-Groningen", 26190),
    ("Achtkarspelen", "Fryslân", "Noord-Friesland", 27852),
    ("Ameland", "Fryslân", "Noord-Friesland", 3673),
    ("Dantumadiel", "Fryslân", "Noord-Friesland", 18923),
    ("De Fryske Marren", "Fryslân", "Zuidwest-Friesland", 51430),
    ("Harlingen", "Fryslân", "Noord-Friesland", 15758),
    ("Heerenveen", "Fryslân", "Zuidoost-Friesland", 50257),
    ("Leeuwarden", "Fryslân", "Noord-Friesland", 123107),
    ("Noardeast-Fryslân", "Fryslân", "Noord-Friesland", 45181),
    ("Ooststellingwerf", "Fryslân", "Zuidoost-Friesland", 25497),
    ("Opsterland", "Fryslân", "Zuidoost-Friesland", 29723),
    ("Schiermonnikoog", "Fryslân", "Noord-Friesland", 936),
    ("Smallingerland", "Fryslân", "Zuidoost-Friesland", 55938),
    ("Súdwest-Fryslân", "Fryslân", "Zuidwest-Friesland", 89710),
    ("Terschelling", "Fryslân", "Noord-Friesland", 4890),
    ("Tytsjerksteradiel", "Fryslân", "Noord-Friesland", 31780),
    ("Vlieland", "Fryslân", "Noord-Friesland", 1138),
    ("Waadhoeke", "Fryslân", "Noord-Friesland", 46039),
    ("Weststellingwerf", "Fryslân", "Zuidoost-Friesland", 25840),
    ("Aa en Hunze", "Drenthe", "Noord-Drenthe", 25333),
    ("Assen", "Drenthe", "Noord-Drenthe", 67209),
    ("Borger-Odoorn", "Drenthe", "Zuidoost-Drenthe", 25633),
    ("Coevorden", "Drenthe", "Zuidoost-Drenthe", 35771),
    ("Emmen", "Drenthe", "Zuidoost-Drenthe", 108003),
    ("Hoogeveen", "Drenthe", "Zuidwest-Drenthe", 54680),
    ("Meppel", "Drenthe", "Zuidwest-Drenthe", 32875),
    ("Midden-Drenthe", "Drenthe", "Noord-Drenthe", 33368),
    ("Noordenveld", "Drenthe", "Noord-Drenthe", 31110),
    ("Tynaarlo", "Drenthe", "Noord-Drenthe", 32506),
    ("Westerveld", "Drenthe", "Zuidwest-Drenthe", 18902),
    ("De Wolden", "Drenthe", "Zuidwest-Drenthe", 23592),
)

PROVINCES = ("Groningen", "Fryslân", "Drenthe")
MUNICIPALITY_NAMES = tuple(row[0] for row in MUNICIPALITIES)
PROVINCE_OF = {name: province for name, province, _corop, _pop in MUNICIPALITIES}
CITIES = ("Groningen", "Leeuwarden", "Assen", "Emmen")  # the four largest places, for urban tilts


def municipality_weights():
    """Names and their share of the region's population (relative weights that sum to 1)."""
    total = sum(row[3] for row in MUNICIPALITIES)
    return list(MUNICIPALITY_NAMES), [row[3] / total for row in MUNICIPALITIES]
