"""Fictional people and companies for the synthetic datasets (helper module, not a dataset).

First names and surnames are common in the Northern Netherlands, combined at random: any match with a
real person is chance. Company names are invented and every web or mail domain ends in `.example`
(a name reserved for examples, RFC 2606), so no address can belong to a real organisation.
"""

FIRST_F = ("Anna", "Sanne", "Femke", "Lotte", "Iris", "Anouk", "Marije", "Baukje", "Sietske", "Grietje",
           "Ingrid", "Petra", "Janneke", "Tjitske", "Wilma", "Ria", "Emma", "Julia", "Fenna", "Yara",
           "Aaltje", "Hennie", "Esther", "Mirjam", "Noor", "Sara", "Lisa", "Fatima", "Ayse", "Maria",
           "Geertje", "Hilde", "Renske", "Wietske", "Jolanda", "Karin", "Nienke", "Froukje", "Lieke", "Eva")
FIRST_M = ("Jan", "Pieter", "Klaas", "Sjoerd", "Hendrik", "Gerrit", "Jelle", "Wiebe", "Douwe", "Harm",
           "Albert", "Bert", "Jeroen", "Martijn", "Ruben", "Daan", "Sem", "Thijs", "Lars", "Tom",
           "Roelof", "Jochem", "Freek", "Bas", "Mohamed", "Ahmet", "Piotr", "Johan", "Kees", "Willem",
           "Egbert", "Lammert", "Tjeerd", "Hidde", "Rik", "Niels", "Jurre", "Sander", "Menno", "Anne")
SURNAMES = ("de Vries", "Jansen", "Bakker", "Dijkstra", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "Hoekstra", "Bosma", "Postma", "Kuipers", "van der Meer", "Veenstra", "Kramer", "Zijlstra",
            "Huisman", "Wiersma", "Brouwer", "Boersma", "Jonker", "Hofstra", "Schuurman", "Kok", "Haan",
            "Oosterhof", "Wijbenga", "Nijboer", "Stoker", "Venema", "Hiemstra", "Zwiers", "Lenting", "Koops",
            "Bruins", "Scholten", "Hulshof", "Tuinstra", "Sikkema", "Yilmaz", "Nowak", "El Amrani", "Bulthuis",
            "Wolters", "Kloosterman", "Strijker", "Pruim", "Everts", "Oldenburger", "Dekker", "Hoogeveen",
            "Terpstra", "Faber", "Brinkman", "Hazenberg", "Tromp", "Lubbers", "Wolthuis", "van Dijk")
# Invented small firms: (name, domain)
COMPANIES = (
    ("Bouwbedrijf Klinkerveld", "klinkerveld-bouw.example"),
    ("Hoveniersbedrijf Wiersgroen", "wiersgroen.example"),
    ("Tandartspraktijk Marskant", "marskant-tandarts.example"),
    ("Bakkerij Wadsicht", "bakkerij-wadsicht.example"),
    ("Autobedrijf Veenoord-Zuid", "veenoordzuid-auto.example"),
    ("Camping De Wierdeweide", "wierdeweide.example"),
    ("Zorgboerderij Het Hooiland", "hooiland-zorg.example"),
    ("Administratiekantoor Noordstek", "noordstek.example"),
    ("Kinderopvang Het Kwetternest", "kwetternest.example"),
    ("Melkveebedrijf Terpstra-Hoeve", "terphoeve.example"),
    ("Fietsenmakerij De Spaak", "despaak-fietsen.example"),
    ("Schildersbedrijf Kleurrijk Noord", "kleurrijknoord.example"),
    ("Hotel-Restaurant De Brinkhof", "brinkhof-hotel.example"),
    ("Transportbedrijf Eemsvaart", "eemsvaart-transport.example"),
    ("Drukkerij Letterzet", "letterzet.example"),
    ("Fysiotherapie Beweegwijs", "beweegwijs.example"),
    ("Groothandel Veenkoloniaal Sanitair", "vk-sanitair.example"),
    ("Kapsalon Knipwerk", "knipwerk.example"),
    ("Dierenkliniek De Hoefslag", "hoefslag-dieren.example"),
    ("ICT-bureau Bitwad", "bitwad.example"),
)
PRIVATE_DOMAINS = ("mail.example", "thuispost.example", "webmail.example", "post.example", "inbox.example")
