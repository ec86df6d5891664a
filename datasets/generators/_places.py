"""Illustrative places for the northern datasets: main town, rough coordinates and postcode areas.

For each of the 40 municipalities in `_regions.MUNICIPALITIES` (FACTS.md D2) this table gives the
main town, its approximate latitude/longitude (two decimals, from general knowledge of the map) and
one or more ranges of 4-digit postcode areas (PC4). The ranges are modelled on the real northern
postcode pattern (77xx-79xx and 83xx-99xx) but are NOT an exact copy of PostNL's assignment: some
real codes are missing and some codes in a range may not exist. Use them to make data look regional,
never to look up a real place. Helper module (leading underscore): not a dataset itself.
"""

import math

# municipality -> (main town, latitude, longitude, ((first PC4, last PC4), ...))
PLACES = {
    "Eemsdelta": ("Delfzijl", 53.33, 6.92, ((9901, 9908), (9919, 9926), (9930, 9949))),
    "Groningen": ("Groningen", 53.22, 6.57, ((9711, 9747), (9750, 9753), (9791, 9798))),
    "Het Hogeland": ("Winsum", 53.33, 6.52, ((9951, 9989), (9780, 9784))),
    "Midden-Groningen": ("Hoogezand", 53.16, 6.76, ((9601, 9636),)),
    "Oldambt": ("Winschoten", 53.14, 7.03, ((9670, 9699),)),
    "Pekela": ("Oude Pekela", 53.10, 6.97, ((9661, 9665),)),
    "Stadskanaal": ("Stadskanaal", 52.99, 6.95, ((9500, 9509), (9580, 9584))),
    "Veendam": ("Veendam", 53.10, 6.88, ((9640, 9649),)),
    "Westerkwartier": ("Zuidhorn", 53.20, 6.35, ((9351, 9366), (9800, 9828), (9860, 9885))),
    "Westerwolde": ("Ter Apel", 52.88, 7.07, ((9540, 9566),)),
    "Achtkarspelen": ("Buitenpost", 53.25, 6.15, ((9230, 9233), (9280, 9299))),
    "Ameland": ("Nes", 53.44, 5.77, ((9160, 9164),)),
    "Dantumadiel": ("Damwâld", 53.29, 5.99, ((9104, 9119),)),
    "De Fryske Marren": ("Joure", 52.97, 5.80, ((8500, 8589),)),
    "Harlingen": ("Harlingen", 53.17, 5.42, ((8860, 8872),)),
    "Heerenveen": ("Heerenveen", 52.96, 5.92, ((8440, 8459),)),
    "Leeuwarden": ("Leeuwarden", 53.20, 5.80, ((8901, 8941), (9001, 9011), (9050, 9057))),
    "Noardeast-Fryslân": ("Dokkum", 53.33, 6.00, ((9100, 9103), (9120, 9159))),
    "Ooststellingwerf": ("Oosterwolde", 52.99, 6.29, ((8420, 8439),)),
    "Opsterland": ("Gorredijk", 53.01, 6.07, ((8400, 8409), (9240, 9249))),
    "Schiermonnikoog": ("Schiermonnikoog", 53.48, 6.16, ((9166, 9166),)),
    "Smallingerland": ("Drachten", 53.11, 6.10, ((9200, 9223),)),
    "Súdwest-Fryslân": ("Sneek", 53.03, 5.66, ((8600, 8629), (8700, 8735))),
    "Terschelling": ("West-Terschelling", 53.36, 5.22, ((8881, 8897),)),
    "Tytsjerksteradiel": ("Burgum", 53.19, 5.99, ((9060, 9069), (9250, 9269))),
    "Vlieland": ("Oost-Vlieland", 53.30, 5.07, ((8899, 8899),)),
    "Waadhoeke": ("Franeker", 53.19, 5.54, ((8800, 8859), (9040, 9045))),
    "Weststellingwerf": ("Wolvega", 52.88, 5.99, ((8390, 8398), (8470, 8499))),
    "Aa en Hunze": ("Gieten", 53.00, 6.76, ((9450, 9469),)),
    "Assen": ("Assen", 52.99, 6.56, ((9400, 9409),)),
    "Borger-Odoorn": ("Borger", 52.92, 6.79, ((7870, 7879), (9520, 9533))),
    "Coevorden": ("Coevorden", 52.66, 6.74, ((7740, 7766),)),
    "Emmen": ("Emmen", 52.78, 6.90, ((7811, 7849), (7880, 7889))),
    "Hoogeveen": ("Hoogeveen", 52.72, 6.48, ((7900, 7918),)),
    "Meppel": ("Meppel", 52.70, 6.19, ((7940, 7949),)),
    "Midden-Drenthe": ("Beilen", 52.86, 6.51, ((9410, 9443),)),
    "Noordenveld": ("Roden", 53.14, 6.43, ((9300, 9331),)),
    "Tynaarlo": ("Zuidlaren", 53.10, 6.60, ((9470, 9489), (9760, 9766))),
    "Westerveld": ("Diever", 52.85, 6.32, ((7970, 7991), (8380, 8389))),
    "De Wolden": ("Zuidwolde", 52.67, 6.43, ((7920, 7929), (7950, 7966))),
}


def postcodes(municipality):
    """All PC4 codes (as 4-character strings) of one municipality, in ascending order."""
    ranges = PLACES[municipality][3]
    return [f"{code:04d}" for first, last in ranges for code in range(first, last + 1)]


def road_km(lat1, lon1, lat2, lon2):
    """Rough road distance in km: straight-line (equirectangular) distance times 1.3."""
    dy = (lat2 - lat1) * 111.2
    dx = (lon2 - lon1) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return 1.3 * math.hypot(dx, dy)
