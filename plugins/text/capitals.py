"""National capitals and the countries they stand for (general knowledge, not data).

News writes a capital for its country's government ("Khartoum recalled its
ambassador", "Moscow denied it"): the capital is a metonym. ``COUNTRIES_BY_CAPITAL``
maps a capital, lower-cased, to the names its country goes by, the usual English
name first ("Washington" -> "United States", "U.S.", "America").
"""

from __future__ import annotations

_TABLE = """
abu dhabi: United Arab Emirates, UAE
abuja: Nigeria
accra: Ghana
addis ababa: Ethiopia
algiers: Algeria
amman: Jordan
amsterdam: Netherlands
andorra la vella: Andorra
ankara: Turkey, Türkiye
antananarivo: Madagascar
apia: Samoa
ashgabat: Turkmenistan
asmara: Eritrea
astana: Kazakhstan
asuncion: Paraguay
asunción: Paraguay
athens: Greece
baghdad: Iraq
baku: Azerbaijan
bamako: Mali
bandar seri begawan: Brunei
bangkok: Thailand
bangui: Central African Republic
banjul: Gambia
basseterre: Saint Kitts and Nevis
beijing: China
beirut: Lebanon
belgrade: Serbia
belmopan: Belize
berlin: Germany
bern: Switzerland
bishkek: Kyrgyzstan
bissau: Guinea-Bissau
bogota: Colombia
bogotá: Colombia
brasilia: Brazil
brasília: Brazil
bratislava: Slovakia
brazzaville: Congo, Republic of the Congo
bridgetown: Barbados
brussels: Belgium
bucharest: Romania
budapest: Hungary
buenos aires: Argentina
bujumbura: Burundi
cairo: Egypt
canberra: Australia
caracas: Venezuela
castries: Saint Lucia
chisinau: Moldova
colombo: Sri Lanka
conakry: Guinea
copenhagen: Denmark
dakar: Senegal
damascus: Syria
dhaka: Bangladesh
dili: East Timor, Timor-Leste
djibouti: Djibouti
dodoma: Tanzania
doha: Qatar
dublin: Ireland
dushanbe: Tajikistan
freetown: Sierra Leone
funafuti: Tuvalu
gaborone: Botswana
georgetown: Guyana
gitega: Burundi
guatemala city: Guatemala
hanoi: Vietnam
harare: Zimbabwe
havana: Cuba
helsinki: Finland
honiara: Solomon Islands
islamabad: Pakistan
jakarta: Indonesia
juba: South Sudan
kabul: Afghanistan
kampala: Uganda
kathmandu: Nepal
khartoum: Sudan
kiev: Ukraine
kigali: Rwanda
kingston: Jamaica
kingstown: Saint Vincent and the Grenadines
kinshasa: Democratic Republic of the Congo, Congo, DR Congo, DRC
kuala lumpur: Malaysia
kuwait city: Kuwait
kyiv: Ukraine
la paz: Bolivia
libreville: Gabon
lilongwe: Malawi
lima: Peru
lisbon: Portugal
ljubljana: Slovenia
lome: Togo
lomé: Togo
london: Britain, United Kingdom, UK, U.K.
luanda: Angola
lusaka: Zambia
luxembourg: Luxembourg
madrid: Spain
majuro: Marshall Islands
malabo: Equatorial Guinea
male: Maldives
malé: Maldives
managua: Nicaragua
manama: Bahrain
manila: Philippines
maputo: Mozambique
maseru: Lesotho
mbabane: Eswatini, Swaziland
mexico city: Mexico
minsk: Belarus
mogadishu: Somalia
monaco: Monaco
monrovia: Liberia
montevideo: Uruguay
moroni: Comoros
moscow: Russia
muscat: Oman
nairobi: Kenya
nassau: Bahamas
naypyidaw: Myanmar
ndjamena: Chad
n'djamena: Chad
new delhi: India
niamey: Niger
nicosia: Cyprus
nouakchott: Mauritania
nuku'alofa: Tonga
oslo: Norway
ottawa: Canada
ouagadougou: Burkina Faso
palikir: Micronesia
panama city: Panama
paramaribo: Suriname
paris: France
phnom penh: Cambodia
podgorica: Montenegro
port louis: Mauritius
port moresby: Papua New Guinea
port of spain: Trinidad and Tobago
port-au-prince: Haiti
porto-novo: Benin
prague: Czech Republic, Czechia
praia: Cape Verde
pretoria: South Africa
pristina: Kosovo
pyongyang: North Korea
quito: Ecuador
rabat: Morocco
reykjavik: Iceland
riga: Latvia
riyadh: Saudi Arabia
rome: Italy
roseau: Dominica
san jose: Costa Rica
san josé: Costa Rica
san marino: San Marino
san salvador: El Salvador
sanaa: Yemen
sana'a: Yemen
santiago: Chile
santo domingo: Dominican Republic
sao tome: Sao Tome and Principe
sarajevo: Bosnia and Herzegovina, Bosnia
seoul: South Korea
singapore: Singapore
skopje: North Macedonia, Macedonia
sofia: Bulgaria
stockholm: Sweden
suva: Fiji
taipei: Taiwan
tallinn: Estonia
tarawa: Kiribati
tashkent: Uzbekistan
tbilisi: Georgia
tegucigalpa: Honduras
tehran: Iran
teheran: Iran
thimphu: Bhutan
tirana: Albania
tokyo: Japan
tripoli: Libya
tunis: Tunisia
ulaanbaatar: Mongolia
ulan bator: Mongolia
vaduz: Liechtenstein
valletta: Malta
vatican city: Vatican, Holy See
victoria: Seychelles
vienna: Austria
vientiane: Laos
vilnius: Lithuania
warsaw: Poland
washington: United States, U.S., US, America
wellington: New Zealand
windhoek: Namibia
yamoussoukro: Ivory Coast, Cote d'Ivoire, Côte d'Ivoire
yaounde: Cameroon
yaoundé: Cameroon
yerevan: Armenia
zagreb: Croatia
"""


def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _TABLE.strip().splitlines():
        capital, _, countries = line.partition(":")
        table[capital.strip()] = tuple(name.strip() for name in countries.split(","))
    return table


COUNTRIES_BY_CAPITAL = _table()
