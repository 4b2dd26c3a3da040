"""Organisations of the shipped registry: parties, companies, central banks, agencies, bodies.

Read by ``scripts/build_registry.py``. Each source is a checkout under
``$NEWSLINT_SOURCES`` (see ATTRIBUTION.md for repositories, commits and licences):

* ``partyfactsdata``: Party Facts core parties (names in English and native, short
  names, Wikipedia titles), joined with its Wikidata and ParlGov party tables;
* ``s-and-p-500-companies``, ``nasdaq-listings``, ``nyse-other-listings``: listed
  companies, their common names derived from their legal names;
* the list below: international organisations, central banks, agencies, sports
  bodies, news organisations, exchanges and companies that stories name most, with
  the short forms stories use. Names are facts; the list was written for newslint.

A missing checkout is skipped with a note, so the build still runs with the list alone.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote

from newslint.registry.model import ORGANISATION_KINDS as KINDS

# kind | name | aliases (";") | country. Written for newslint from the public record.
WELL_KNOWN = """
international organisation|United Nations|UN;U.N.;the UN|
international organisation|United Nations Security Council|UN Security Council;U.N. Security Council;Security Council|
international organisation|United Nations General Assembly|UN General Assembly;General Assembly|
international organisation|UNICEF|United Nations Children's Fund|
international organisation|UNESCO|United Nations Educational, Scientific and Cultural Organization|
international organisation|United Nations High Commissioner for Refugees|UNHCR;UN refugee agency|
international organisation|United Nations Development Programme|UNDP|
international organisation|United Nations Environment Programme|UNEP|
international organisation|World Food Programme|WFP;World Food Program|
international organisation|Food and Agriculture Organization|FAO;UN Food and Agriculture Organization|
international organisation|International Atomic Energy Agency|IAEA|
international organisation|International Labour Organization|ILO;International Labor Organization|
international organisation|World Health Organization|WHO;World Health Organisation|
international organisation|World Trade Organization|WTO;World Trade Organisation|
international organisation|World Bank|World Bank Group|
international organisation|International Monetary Fund|IMF|
international organisation|International Finance Corporation|IFC|
international organisation|Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development|
international organisation|Organization of the Petroleum Exporting Countries|OPEC;Organization of Petroleum Exporting Countries|
international organisation|North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation|
international organisation|European Union|EU;E.U.|
international organisation|European Commission|EU Commission|
international organisation|European Parliament|Europarliament|
international organisation|European Council||
international organisation|Council of the European Union|Council of Ministers|
international organisation|European Court of Justice|Court of Justice of the European Union;ECJ|
international organisation|European Court of Human Rights|ECHR;Strasbourg court|
international organisation|Council of Europe||
international organisation|European Community|EC;European Economic Community;EEC;Common Market|
international organisation|European Monetary System|EMS|
international organisation|European Free Trade Association|EFTA|
international organisation|European Investment Bank|EIB|
international organisation|European Bank for Reconstruction and Development|EBRD|
international organisation|European Space Agency|ESA|
international organisation|European Medicines Agency|EMA|
international organisation|Frontex|European Border and Coast Guard Agency|
international organisation|Europol||
international organisation|Interpol|International Criminal Police Organization|
international organisation|Organization for Security and Co-operation in Europe|OSCE|
international organisation|African Union|AU|
international organisation|African Development Bank|AfDB|
international organisation|Asian Development Bank|ADB|
international organisation|Asian Infrastructure Investment Bank|AIIB|
international organisation|Inter-American Development Bank|IDB;IADB|
international organisation|Organization of American States|OAS|
international organisation|Association of Southeast Asian Nations|ASEAN|
international organisation|Asia-Pacific Economic Cooperation|APEC|
international organisation|Arab League|League of Arab States|
international organisation|Gulf Cooperation Council|GCC;Gulf Co-operation Council|
international organisation|Economic Community of West African States|ECOWAS|
international organisation|Southern African Development Community|SADC|
international organisation|Shanghai Cooperation Organisation|SCO|
international organisation|Commonwealth of Nations|the Commonwealth|
international organisation|Commonwealth of Independent States|CIS|
international organisation|Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation|
international organisation|International Criminal Court|ICC|
international organisation|International Court of Justice|ICJ;World Court|
international organisation|Permanent Court of Arbitration||
international organisation|International Energy Agency|IEA|
international organisation|International Renewable Energy Agency|IRENA|
international organisation|International Maritime Organization|IMO|
international organisation|International Civil Aviation Organization|ICAO|
international organisation|International Telecommunication Union|ITU|
international organisation|Universal Postal Union|UPU|
international organisation|World Intellectual Property Organization|WIPO|
international organisation|World Meteorological Organization|WMO|
international organisation|Intergovernmental Panel on Climate Change|IPCC|
international organisation|Bank for International Settlements|BIS|
international organisation|Financial Stability Board|FSB|
international organisation|Financial Action Task Force|FATF|
international organisation|Paris Club||
international organisation|Group of Seven|G7;G-7|
international organisation|Group of Twenty|G20;G-20|
international organisation|Group of Five|G5;G-5|
international organisation|BRICS||
international organisation|General Agreement on Tariffs and Trade|GATT|
international organisation|International Coffee Organization|ICO|
international organisation|International Cocoa Organization|ICCO|
international organisation|International Sugar Organization|ISO|
international organisation|International Tin Council|ITC|
international organisation|International Committee of the Red Cross|ICRC;Red Cross|
international organisation|International Federation of Red Cross and Red Crescent Societies|IFRC|
international organisation|Amnesty International|Amnesty|
international organisation|Human Rights Watch|HRW|
international organisation|Medecins Sans Frontieres|Médecins Sans Frontières;MSF;Doctors Without Borders|
international organisation|Greenpeace||
international organisation|World Wide Fund for Nature|WWF;World Wildlife Fund|
international organisation|Oxfam|Oxfam International|
international organisation|Save the Children||
international organisation|Transparency International||
international organisation|Reporters Without Borders|RSF;Reporters sans frontières|
international organisation|Committee to Protect Journalists|CPJ|
international organisation|World Economic Forum|WEF;Davos forum|
international organisation|Organisation for the Prohibition of Chemical Weapons|OPCW|
international organisation|Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO|
international organisation|Mercosur|Southern Common Market|
international organisation|Andean Community||
international organisation|Caribbean Community|CARICOM|
international organisation|Pacific Islands Forum||
international organisation|Nordic Council||
international organisation|Eurogroup||
international organisation|European Stability Mechanism|ESM|
international organisation|Gavi|Gavi, the Vaccine Alliance|
international organisation|Global Fund|Global Fund to Fight AIDS, Tuberculosis and Malaria|
central bank|Federal Reserve|Fed;the Fed;Federal Reserve System;Federal Reserve Board;US Federal Reserve;U.S. Federal Reserve|United States
central bank|Federal Reserve Bank of New York|New York Fed|United States
central bank|European Central Bank|ECB|European Union
central bank|Bank of England|BoE|United Kingdom
central bank|Bank of Japan|BoJ;BOJ|Japan
central bank|People's Bank of China|PBOC;PBoC|China
central bank|Deutsche Bundesbank|Bundesbank|Germany
central bank|Banque de France|Bank of France|France
central bank|Bank of Italy|Banca d'Italia|Italy
central bank|Bank of Spain|Banco de España|Spain
central bank|De Nederlandsche Bank|Dutch central bank;DNB|Netherlands
central bank|National Bank of Belgium||Belgium
central bank|Swiss National Bank|SNB|Switzerland
central bank|Sveriges Riksbank|Riksbank|Sweden
central bank|Norges Bank|Norwegian central bank|Norway
central bank|Danmarks Nationalbank|Danish central bank|Denmark
central bank|Bank of Finland||Finland
central bank|Central Bank of Ireland|Irish central bank|Ireland
central bank|Oesterreichische Nationalbank|Austrian National Bank|Austria
central bank|Banco de Portugal|Bank of Portugal|Portugal
central bank|Bank of Greece||Greece
central bank|National Bank of Poland|Narodowy Bank Polski;NBP|Poland
central bank|Czech National Bank|CNB|Czech Republic
central bank|Hungarian National Bank|Magyar Nemzeti Bank;National Bank of Hungary|Hungary
central bank|National Bank of Romania||Romania
central bank|Bank of Russia|Central Bank of Russia;Russian central bank|Russia
central bank|National Bank of Ukraine|NBU|Ukraine
central bank|Central Bank of the Republic of Turkey|Turkish central bank;Central Bank of Turkey|Turkey
central bank|Bank of Canada|BoC|Canada
central bank|Banco de México|Bank of Mexico;Banxico|Mexico
central bank|Central Bank of Brazil|Banco Central do Brasil|Brazil
central bank|Central Bank of Argentina|Banco Central de la República Argentina|Argentina
central bank|Central Bank of Chile|Banco Central de Chile|Chile
central bank|Bank of the Republic|Banco de la República|Colombia
central bank|Central Reserve Bank of Peru||Peru
central bank|Reserve Bank of Australia|RBA|Australia
central bank|Reserve Bank of New Zealand|RBNZ|New Zealand
central bank|Reserve Bank of India|RBI|India
central bank|State Bank of Pakistan||Pakistan
central bank|Bangladesh Bank||Bangladesh
central bank|Central Bank of Sri Lanka||Sri Lanka
central bank|Bank of Korea|BoK|South Korea
central bank|Central Bank of the Republic of China|Central Bank of Taiwan|Taiwan
central bank|Hong Kong Monetary Authority|HKMA|Hong Kong
central bank|Monetary Authority of Singapore|MAS|Singapore
central bank|Bank Negara Malaysia|Malaysian central bank|Malaysia
central bank|Bank Indonesia||Indonesia
central bank|Bank of Thailand||Thailand
central bank|Bangko Sentral ng Pilipinas|Philippine central bank|Philippines
central bank|State Bank of Vietnam||Vietnam
central bank|South African Reserve Bank|SARB|South Africa
central bank|Central Bank of Nigeria|CBN|Nigeria
central bank|Central Bank of Kenya||Kenya
central bank|Bank of Ghana||Ghana
central bank|Central Bank of Egypt||Egypt
central bank|Saudi Central Bank|Saudi Arabian Monetary Authority;SAMA|Saudi Arabia
central bank|Central Bank of the United Arab Emirates|UAE central bank|United Arab Emirates
central bank|Qatar Central Bank||Qatar
central bank|Central Bank of Kuwait||Kuwait
central bank|Bank of Israel||Israel
central bank|Central Bank of Iran|Bank Markazi|Iran
central bank|Bank of Jamaica||Jamaica
central bank|Central Bank of Iceland|Sedlabanki|Iceland
agency|White House||United States
agency|State Department|Department of State;U.S. State Department;US State Department|United States
agency|Treasury Department|Department of the Treasury;U.S. Treasury;US Treasury|United States
agency|Defense Department|Department of Defense;Pentagon;DoD|United States
agency|Justice Department|Department of Justice;DOJ|United States
agency|Commerce Department|Department of Commerce|United States
agency|Agriculture Department|Department of Agriculture;USDA|United States
agency|Labor Department|Department of Labor|United States
agency|Energy Department|Department of Energy|United States
agency|Interior Department|Department of the Interior|United States
agency|Department of Health and Human Services|Health and Human Services Department;HHS|United States
agency|Department of Homeland Security|Homeland Security Department;DHS|United States
agency|Department of Education|Education Department|United States
agency|Department of Housing and Urban Development|HUD|United States
agency|Department of Transportation|Transportation Department|United States
agency|Department of Veterans Affairs|Veterans Affairs Department;VA|United States
agency|Environmental Protection Agency|EPA|United States
agency|Securities and Exchange Commission|SEC|United States
agency|Commodity Futures Trading Commission|CFTC|United States
agency|Federal Trade Commission|FTC|United States
agency|Federal Communications Commission|FCC|United States
agency|Federal Deposit Insurance Corporation|FDIC|United States
agency|Food and Drug Administration|FDA|United States
agency|Centers for Disease Control and Prevention|CDC|United States
agency|National Institutes of Health|NIH|United States
agency|Federal Bureau of Investigation|FBI|United States
agency|Central Intelligence Agency|CIA|United States
agency|National Security Agency|NSA|United States
agency|National Security Council|NSC|United States
agency|Federal Aviation Administration|FAA|United States
agency|National Aeronautics and Space Administration|NASA|United States
agency|Internal Revenue Service|IRS|United States
agency|Immigration and Customs Enforcement|ICE|United States
agency|Customs and Border Protection|CBP|United States
agency|Federal Emergency Management Agency|FEMA|United States
agency|Congressional Budget Office|CBO|United States
agency|Government Accountability Office|GAO;General Accounting Office|United States
agency|Office of Management and Budget|OMB|United States
agency|Bureau of Labor Statistics|BLS|United States
agency|Census Bureau|US Census Bureau|United States
agency|Export-Import Bank|Ex-Im Bank;Export-Import Bank of the United States|United States
agency|Federal Home Loan Bank Board||United States
agency|Supreme Court|U.S. Supreme Court;US Supreme Court|United States
agency|Federal Election Commission|FEC|United States
agency|Drug Enforcement Administration|DEA|United States
agency|Social Security Administration||United States
agency|Small Business Administration|SBA|United States
agency|National Transportation Safety Board|NTSB|United States
agency|Nuclear Regulatory Commission|NRC|United States
agency|Consumer Financial Protection Bureau|CFPB|United States
agency|Office of the Comptroller of the Currency|OCC|United States
agency|US Trade Representative|Office of the United States Trade Representative;USTR|United States
agency|Home Office||United Kingdom
agency|Foreign Office|Foreign, Commonwealth and Development Office;Foreign and Commonwealth Office;FCDO|United Kingdom
agency|HM Treasury|the Treasury|United Kingdom
agency|Ministry of Defence|MoD|United Kingdom
agency|Cabinet Office||United Kingdom
agency|National Audit Office|NAO|United Kingdom
agency|Office for National Statistics|ONS|United Kingdom
agency|Office for Budget Responsibility|OBR|United Kingdom
agency|Financial Conduct Authority|FCA|United Kingdom
agency|Competition and Markets Authority|CMA|United Kingdom
agency|Serious Fraud Office|SFO|United Kingdom
agency|Crown Prosecution Service|CPS|United Kingdom
agency|National Health Service|NHS|United Kingdom
agency|Ofcom||United Kingdom
agency|Ofgem||United Kingdom
agency|Ofsted||United Kingdom
agency|Electoral Commission||United Kingdom
agency|Metropolitan Police|Met Police;Scotland Yard|United Kingdom
agency|House of Commons|the Commons|United Kingdom
agency|House of Lords|the Lords|United Kingdom
agency|MI5|Security Service|United Kingdom
agency|MI6|Secret Intelligence Service|United Kingdom
agency|GCHQ|Government Communications Headquarters|United Kingdom
agency|Ministry of International Trade and Industry|MITI|Japan
agency|Ministry of Economy, Trade and Industry|METI|Japan
agency|Kremlin||Russia
agency|Elysee|Élysée;Elysee Palace|France
agency|Bundestag||Germany
agency|Bundesrat||Germany
agency|Federal Constitutional Court|Bundesverfassungsgericht|Germany
agency|Knesset||Israel
agency|Duma|State Duma|Russia
agency|Sejm||Poland
agency|Lok Sabha||India
agency|Rajya Sabha||India
agency|National People's Congress|NPC|China
agency|Mossad||Israel
sports body|International Olympic Committee|IOC|
sports body|FIFA|Fédération Internationale de Football Association|
sports body|UEFA|Union of European Football Associations|
sports body|World Athletics|International Association of Athletics Federations;IAAF|
sports body|World Anti-Doping Agency|WADA|
sports body|Court of Arbitration for Sport|CAS|
sports body|International Cricket Council|ICC|
sports body|England and Wales Cricket Board|ECB|United Kingdom
sports body|Board of Control for Cricket in India|BCCI|India
sports body|Football Association|FA;The FA|United Kingdom
sports body|Premier League|English Premier League|United Kingdom
sports body|Football League|English Football League;EFL|United Kingdom
sports body|Scottish Football Association|SFA|United Kingdom
sports body|Rugby Football Union|RFU|United Kingdom
sports body|World Rugby|International Rugby Board;IRB|
sports body|Six Nations|Six Nations Championship|
sports body|Formula One|F1;Formula 1|
sports body|Fédération Internationale de l'Automobile|FIA|
sports body|International Tennis Federation|ITF|
sports body|Association of Tennis Professionals|ATP|
sports body|Women's Tennis Association|WTA|
sports body|All England Lawn Tennis Club|All England Club|United Kingdom
sports body|National Football League|NFL|United States
sports body|National Basketball Association|NBA|United States
sports body|Major League Baseball|MLB|United States
sports body|National Hockey League|NHL|United States
sports body|Major League Soccer|MLS|United States
sports body|National Collegiate Athletic Association|NCAA|United States
sports body|PGA Tour||United States
sports body|LIV Golf||
sports body|Union Cycliste Internationale|UCI|
sports body|World Aquatics|FINA|
sports body|International Boxing Federation|IBF|
sports body|World Boxing Council|WBC|
sports body|La Liga||Spain
sports body|Bundesliga||Germany
sports body|Serie A||Italy
sports body|Ligue 1||France
sports body|Manchester United|Man United;Man Utd|United Kingdom
sports body|Manchester City|Man City|United Kingdom
sports body|Liverpool FC|Liverpool Football Club|United Kingdom
sports body|Chelsea FC|Chelsea Football Club|United Kingdom
sports body|Arsenal FC|Arsenal Football Club|United Kingdom
sports body|Tottenham Hotspur|Spurs|United Kingdom
sports body|Aston Villa||United Kingdom
sports body|Newcastle United||United Kingdom
sports body|Celtic FC|Celtic Football Club|United Kingdom
sports body|Rangers FC|Rangers Football Club|United Kingdom
sports body|Real Madrid||Spain
sports body|FC Barcelona|Barcelona;Barca;Barça|Spain
sports body|Atletico Madrid|Atlético Madrid|Spain
sports body|Bayern Munich|Bayern München;FC Bayern|Germany
sports body|Borussia Dortmund||Germany
sports body|Juventus||Italy
sports body|AC Milan||Italy
sports body|Inter Milan|Internazionale|Italy
sports body|Paris Saint-Germain|PSG|France
sports body|Ajax|AFC Ajax|Netherlands
sports body|New York Yankees|Yankees|United States
sports body|Los Angeles Lakers|Lakers|United States
sports body|Dallas Cowboys||United States
news organisation|Reuters|Thomson Reuters|
news organisation|Associated Press|AP|United States
news organisation|Agence France-Presse|AFP|France
news organisation|Bloomberg|Bloomberg News;Bloomberg LP|United States
news organisation|Dow Jones|Dow Jones & Company|United States
news organisation|British Broadcasting Corporation|BBC|United Kingdom
news organisation|Financial Times|FT|United Kingdom
news organisation|The Economist|Economist|United Kingdom
news organisation|The Guardian|Guardian|United Kingdom
news organisation|The Times|Times of London|United Kingdom
news organisation|Daily Telegraph|The Telegraph;Telegraph|United Kingdom
news organisation|New York Times|The New York Times;NYT|United States
news organisation|Washington Post|The Washington Post|United States
news organisation|Wall Street Journal|The Wall Street Journal;WSJ|United States
news organisation|Los Angeles Times|LA Times|United States
news organisation|USA Today||United States
news organisation|Cable News Network|CNN|United States
news organisation|Fox News|Fox News Channel|United States
news organisation|MSNBC||United States
news organisation|National Public Radio|NPR|United States
news organisation|Public Broadcasting Service|PBS|United States
news organisation|CBS News||United States
news organisation|NBC News||United States
news organisation|ABC News||United States
news organisation|Al Jazeera||Qatar
news organisation|Deutsche Welle|DW|Germany
news organisation|Der Spiegel|Spiegel|Germany
news organisation|Le Monde||France
news organisation|Kyodo News|Kyodo|Japan
news organisation|Nikkei|Nihon Keizai Shimbun|Japan
news organisation|Xinhua|Xinhua News Agency|China
news organisation|TASS|Itar-Tass|Russia
news organisation|Interfax||Russia
news organisation|Yonhap|Yonhap News Agency|South Korea
news organisation|Press Trust of India|PTI|India
news organisation|News Corp|News Corporation|United States
exchange|New York Stock Exchange|NYSE|United States
exchange|Nasdaq|NASDAQ;Nasdaq Stock Market|United States
exchange|London Stock Exchange|LSE|United Kingdom
exchange|Tokyo Stock Exchange|TSE|Japan
exchange|Toronto Stock Exchange|TSX|Canada
exchange|Hong Kong Stock Exchange|Hong Kong Exchanges and Clearing;HKEX|Hong Kong
exchange|Shanghai Stock Exchange||China
exchange|Shenzhen Stock Exchange||China
exchange|Bombay Stock Exchange|BSE|India
exchange|National Stock Exchange of India|NSE|India
exchange|Frankfurt Stock Exchange|Deutsche Börse;Deutsche Boerse|Germany
exchange|Euronext||
exchange|Chicago Mercantile Exchange|CME;CME Group|United States
exchange|Chicago Board of Trade|CBOT|United States
exchange|Chicago Board Options Exchange|CBOE;Cboe|United States
exchange|New York Mercantile Exchange|NYMEX;Nymex|United States
exchange|Commodity Exchange|Comex;COMEX|United States
exchange|London Metal Exchange|LME|United Kingdom
exchange|Intercontinental Exchange|ICE|United States
exchange|Australian Securities Exchange|ASX|Australia
exchange|Korea Exchange|KRX|South Korea
exchange|Singapore Exchange|SGX|Singapore
union|AFL-CIO|American Federation of Labor and Congress of Industrial Organizations|United States
union|United Auto Workers|UAW|United States
union|Teamsters|International Brotherhood of Teamsters|United States
union|Trades Union Congress|TUC|United Kingdom
union|Confederation of British Industry|CBI|United Kingdom
union|British Chambers of Commerce|BCC|United Kingdom
union|US Chamber of Commerce|U.S. Chamber of Commerce|United States
union|National Association of Manufacturers|NAM|United States
union|Business Roundtable||United States
union|Keidanren|Japan Business Federation|Japan
union|Unite|Unite the Union|United Kingdom
union|Unison||United Kingdom
union|National Union of Mineworkers|NUM|United Kingdom
union|Rail, Maritime and Transport Workers|RMT|United Kingdom
union|Solidarity|Solidarność|Poland
union|IG Metall||Germany
union|Verdi|ver.di|Germany
company|Airbus|Airbus SE|
company|Boeing|The Boeing Company|United States
company|Toyota|Toyota Motor;Toyota Motor Corporation|Japan
company|Honda|Honda Motor|Japan
company|Nissan|Nissan Motor|Japan
company|Mitsubishi|Mitsubishi Corporation|Japan
company|Mitsui|Mitsui & Co.|Japan
company|Sumitomo|Sumitomo Corporation|Japan
company|Sony|Sony Group|Japan
company|Toshiba||Japan
company|Hitachi||Japan
company|Panasonic|Matsushita;Matsushita Electric|Japan
company|Fujitsu||Japan
company|Nintendo||Japan
company|SoftBank|SoftBank Group|Japan
company|Nomura|Nomura Holdings;Nomura Securities|Japan
company|Daiwa|Daiwa Securities|Japan
company|Nikko|Nikko Securities|Japan
company|Yamaichi|Yamaichi Securities|Japan
company|Samsung|Samsung Electronics|South Korea
company|Hyundai|Hyundai Motor|South Korea
company|LG Electronics|LG|South Korea
company|SK Hynix||South Korea
company|TSMC|Taiwan Semiconductor Manufacturing Company|Taiwan
company|Foxconn|Hon Hai Precision Industry|Taiwan
company|Huawei||China
company|Alibaba|Alibaba Group|China
company|Tencent||China
company|ByteDance||China
company|Baidu||China
company|BYD||China
company|Xiaomi||China
company|Sinopec||China
company|PetroChina||China
company|Gazprom||Russia
company|Rosneft||Russia
company|Lukoil||Russia
company|Yukos||Russia
company|Aeroflot||Russia
company|Volkswagen|VW;Volkswagen Group|Germany
company|BMW|Bayerische Motoren Werke|Germany
company|Mercedes-Benz|Mercedes-Benz Group|Germany
company|Daimler|Daimler-Benz|Germany
company|DaimlerChrysler||Germany
company|Porsche||Germany
company|Siemens||Germany
company|Bayer||Germany
company|BASF||Germany
company|Allianz||Germany
company|Lufthansa|Deutsche Lufthansa|Germany
company|Deutsche Bank||Germany
company|Commerzbank||Germany
company|Deutsche Telekom||Germany
company|SAP||Germany
company|Adidas||Germany
company|Renault||France
company|Peugeot|PSA Peugeot Citroen|France
company|Stellantis||
company|TotalEnergies|Total|France
company|LVMH|LVMH Moet Hennessy Louis Vuitton|France
company|L'Oreal|L'Oréal|France
company|BNP Paribas||France
company|Societe Generale|Société Générale|France
company|Credit Agricole|Crédit Agricole|France
company|AXA||France
company|Danone||France
company|Michelin||France
company|Air France-KLM|Air France|France
company|Alstom||France
company|Thales||France
company|Safran||France
company|Orange||France
company|Vivendi||France
company|Nestle|Nestlé|Switzerland
company|Novartis||Switzerland
company|Roche||Switzerland
company|UBS||Switzerland
company|Credit Suisse||Switzerland
company|Glencore||Switzerland
company|ABB||Switzerland
company|Zurich Insurance||Switzerland
company|Philips|Royal Philips|Netherlands
company|Shell|Royal Dutch Shell;Shell plc|United Kingdom
company|Unilever||United Kingdom
company|ING|ING Group|Netherlands
company|ASML||Netherlands
company|Heineken||Netherlands
company|KLM|Royal Dutch Airlines|Netherlands
company|Ericsson||Sweden
company|Volvo||Sweden
company|IKEA||Sweden
company|H&M|Hennes & Mauritz|Sweden
company|Spotify||Sweden
company|Nokia||Finland
company|Novo Nordisk||Denmark
company|Maersk|A.P. Moller-Maersk|Denmark
company|Equinor|Statoil|Norway
company|Eni||Italy
company|Fiat||Italy
company|Ferrari||Italy
company|UniCredit||Italy
company|Intesa Sanpaolo||Italy
company|Enel||Italy
company|Santander|Banco Santander|Spain
company|BBVA|Banco Bilbao Vizcaya Argentaria|Spain
company|Telefonica|Telefónica|Spain
company|Iberdrola||Spain
company|Inditex|Zara|Spain
company|Repsol||Spain
company|BP|British Petroleum|United Kingdom
company|HSBC|HSBC Holdings|United Kingdom
company|Barclays||United Kingdom
company|Lloyds Banking Group|Lloyds Bank;Lloyds|United Kingdom
company|NatWest|NatWest Group;Royal Bank of Scotland;RBS|United Kingdom
company|Standard Chartered||United Kingdom
company|Vodafone||United Kingdom
company|BT Group|British Telecom;BT|United Kingdom
company|British Airways|BA|United Kingdom
company|Rolls-Royce||United Kingdom
company|BAE Systems||United Kingdom
company|GlaxoSmithKline|GSK|United Kingdom
company|AstraZeneca||United Kingdom
company|Tesco||United Kingdom
company|Sainsbury's|J Sainsbury|United Kingdom
company|Marks and Spencer|Marks & Spencer;M&S|United Kingdom
company|Rio Tinto||United Kingdom
company|Anglo American||United Kingdom
company|BHP|BHP Billiton|Australia
company|Diageo||United Kingdom
company|Cable and Wireless|Cable & Wireless|United Kingdom
company|Kleinwort Benson||United Kingdom
company|Jaguar Land Rover|JLR|United Kingdom
company|Tata Group|Tata|India
company|Tata Motors||India
company|Reliance Industries|Reliance|India
company|Infosys||India
company|Wipro||India
company|Adani Group|Adani|India
company|Saudi Aramco|Aramco|Saudi Arabia
company|Emirates|Emirates airline|United Arab Emirates
company|Qatar Airways||Qatar
company|Petrobras||Brazil
company|Vale||Brazil
company|Embraer||Brazil
company|Pemex|Petroleos Mexicanos|Mexico
company|Dome Petroleum||Canada
company|Royal Bank of Canada|RBC|Canada
company|Bombardier||Canada
company|Goldman Sachs|Goldman Sachs Group|United States
company|Morgan Stanley||United States
company|JPMorgan Chase|JPMorgan;JP Morgan;J.P. Morgan;Chase|United States
company|Bank of America|BofA|United States
company|Citigroup|Citi|United States
company|Citibank||United States
company|Citicorp||United States
company|Wells Fargo||United States
company|Merrill Lynch||United States
company|Lehman Brothers|Lehman|United States
company|Bear Stearns||United States
company|Salomon Brothers|Salomon|United States
company|Shearson Lehman|Shearson Lehman Hutton|United States
company|Drexel Burnham Lambert|Drexel Burnham;Drexel|United States
company|Kidder Peabody|Kidder, Peabody|United States
company|PaineWebber|Paine Webber|United States
company|Dean Witter||United States
company|Smith Barney||United States
company|First Boston||United States
company|Bankers Trust||United States
company|Chase Manhattan|Chase Manhattan Bank|United States
company|Chemical Bank||United States
company|Manufacturers Hanover||United States
company|Security Pacific||United States
company|BankAmerica||United States
company|American Express|Amex|United States
company|Visa||United States
company|Mastercard||United States
company|BlackRock||United States
company|Berkshire Hathaway||United States
company|Standard and Poor's|Standard & Poor's;S&P|United States
company|Moody's|Moody's Investors Service|United States
company|Fitch Ratings|Fitch|United States
company|Apple|Apple Inc.|United States
company|Microsoft||United States
company|Google||United States
company|Alphabet||United States
company|Amazon|Amazon.com|United States
company|Meta|Meta Platforms|United States
company|Facebook||United States
company|Nvidia||United States
company|Intel||United States
company|IBM|International Business Machines|United States
company|Oracle||United States
company|Tesla||United States
company|SpaceX||United States
company|OpenAI||United States
company|Netflix||United States
company|Twitter||United States
company|Yahoo||United States
company|Uber||United States
company|Motorola||United States
company|Qualcomm||United States
company|Cisco|Cisco Systems|United States
company|Hewlett-Packard|HP|United States
company|Dell||United States
company|Digital Equipment|Digital Equipment Corporation;DEC|United States
company|Xerox||United States
company|Eastman Kodak|Kodak|United States
company|General Electric|GE|United States
company|General Motors|GM|United States
company|Ford Motor|Ford;Ford Motor Company|United States
company|Chrysler||United States
company|ExxonMobil|Exxon Mobil;Exxon|United States
company|Mobil||United States
company|Chevron||United States
company|Texaco||United States
company|Amoco||United States
company|Atlantic Richfield|ARCO|United States
company|Standard Oil||United States
company|Union Carbide||United States
company|McDonnell Douglas||United States
company|Lockheed Martin|Lockheed|United States
company|Raytheon|RTX|United States
company|Northrop Grumman||United States
company|Rockwell|Rockwell International|United States
company|Trans World Airlines|TWA|United States
company|Pan Am|Pan American World Airways|United States
company|American Airlines||United States
company|Delta Air Lines|Delta|United States
company|United Airlines||United States
company|Walmart|Wal-Mart|United States
company|Procter & Gamble|P&G|United States
company|Johnson & Johnson|J&J|United States
company|Pfizer||United States
company|Moderna||United States
company|Merck||United States
company|Coca-Cola|Coke|United States
company|PepsiCo|Pepsi|United States
company|McDonald's||United States
company|Starbucks||United States
company|Disney|Walt Disney;Walt Disney Company|United States
company|Viacom||United States
company|Time Warner||United States
company|WorldCom||United States
company|Enron||United States
company|AT&T||United States
company|Verizon||United States
company|Comcast||United States
company|Halliburton||United States
company|Caterpillar||United States
company|3M||United States
company|Purdue Pharma||United States
"""


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def latin(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text)) and all(
        ord(c) < 0x250 or unicodedata.category(c).startswith(("P", "Z", "M")) for c in text
    )


class Orgs:
    """Organisations by id, with every name they go by."""

    def __init__(self) -> None:
        self.items: dict[str, dict] = {}
        self.source_counts: dict[str, int] = {}

    def add(
        self,
        oid: str,
        kind: str,
        name: str,
        aliases: Iterable[str],
        country: str,
        source: str,
        prominent: bool = True,
    ) -> dict | None:
        name = _tidy(name)
        if not name or not latin(name) or kind not in KINDS:
            return None
        if oid in self.items:
            org = self.items[oid]
        else:
            org = self.items[oid] = {
                "id": oid,
                "name": name,
                "aliases": [],
                "kind": kind,
                "country": country,
                "prominent": None if prominent else False,
            }
            self.source_counts[source] = self.source_counts.get(source, 0) + 1
        seen = {slug(n) for n in (org["name"], *org["aliases"])}
        for a in aliases:
            a = _tidy(a)
            if len(a) >= 2 and latin(a) and slug(a) and slug(a) not in seen:
                org["aliases"].append(a)
                seen.add(slug(a))
        return org


def well_known(orgs: Orgs) -> None:
    for line in WELL_KNOWN.strip().splitlines():
        kind, name, aliases, country = line.split("|")
        oid = f"org-{slug(name)}"
        orgs.add(oid, kind, name, [a for a in aliases.split(";") if a], country, "list")


def _countries() -> dict[str, str]:
    """ISO 3166 alpha-3 codes to English names (Debian's iso-codes), as the registry says them."""
    path = Path("/usr/share/iso-codes/json/iso_3166-1.json")
    out = {"EUN": "European Union", "XKX": "Kosovo"}
    if path.is_file():
        for c in json.loads(path.read_text(encoding="utf-8"))["3166-1"]:
            out[c["alpha_3"]] = c.get("common_name") or c["name"]
    fix = {
        "United States of America": "United States",
        "Russian Federation": "Russia",
        "Korea, Republic of": "South Korea",
        "Korea, Democratic People's Republic of": "North Korea",
        "Iran, Islamic Republic of": "Iran",
        "Czechia": "Czech Republic",
        "Türkiye": "Turkey",
        "Viet Nam": "Vietnam",
        "Syrian Arab Republic": "Syria",
        "Lao People's Democratic Republic": "Laos",
        "Moldova, Republic of": "Moldova",
        "Tanzania, United Republic of": "Tanzania",
        "Venezuela, Bolivarian Republic of": "Venezuela",
        "Bolivia, Plurinational State of": "Bolivia",
        "Taiwan, Province of China": "Taiwan",
    }
    return {k: fix.get(v, v) for k, v in out.items()}


def _wiki_title(url: str) -> str:
    if "wikipedia.org/wiki/" not in url:
        return ""
    title = unquote(url.split("/wiki/", 1)[1]).split("#")[0].replace("_", " ")
    return re.sub(r"\s*\([^)]*\)$", "", title)


def _alternatives(text: str) -> list[str]:
    """Split "A / B" and drop "Pashto: ..." prefixes and "[no-party]" notes."""
    out = []
    for part in re.split(r"\s*/\s*|\s*;\s*", text or ""):
        part = re.sub(r"^[A-Z][a-z]+:\s*", "", part)
        part = re.sub(r"\s*\[[^\]]*\]", "", part).strip()
        if part:
            out.append(part)
    return out


def _prominent_party(r: dict[str, str]) -> bool:
    """Tell whether stories name a party daily: it still stands, and won a tenth of a vote."""
    try:
        share = float(r["share"] or 0)
    except ValueError:
        share = 0.0
    return not r["year_last"] and share >= 10


def party_facts(orgs: Orgs, sources: Path) -> None:
    """Add Party Facts core parties, with Wikidata and ParlGov names joined in."""
    root = sources / "partyfactsdata" / "import"
    core = root / "elecglob" / "partyfacts-core-parties.csv"
    if not core.is_file():
        print(f"skipping parties: no {core}", file=sys.stderr)
        return
    names = _countries()
    extra: dict[str, list[str]] = {}
    wikidata = root / "wikipedia" / "wikidata.csv"
    if wikidata.is_file():
        for r in _rows(wikidata):
            extra.setdefault(r["partyfacts_id"], []).extend(
                x for x in (r["name"], r["name_short"], r["name_native"]) if x
            )
    for r in _rows(core):
        if r["technical"] or r["name_short"] == "tech":
            continue
        english = _alternatives(r["name_english"])
        native = _alternatives(r["name"])
        title = _wiki_title(r["wikipedia"])
        candidates = [title, *english, *native]
        name = next((c for c in candidates if c and latin(c)), "")
        short = r["name_short"] if re.fullmatch(r"[A-Za-z][\w.'&+-]{1,11}", r["name_short"]) else ""
        aliases = [
            *candidates,
            short,
            *_alternatives(r["name_other"]),
            *extra.get(r["partyfacts_id"], []),
        ]
        country = names.get(r["country"], r["country"])
        pid = f"partyfacts-{r['partyfacts_id']}"
        orgs.add(pid, "party", name, aliases, country, "partyfacts", _prominent_party(r))
    parlgov = root / "parlgov" / "parlgov.csv"
    if parlgov.is_file():
        taken = {(o["country"], slug(o["name"])) for o in orgs.items.values()}
        for r in _rows(parlgov):
            country = names.get(r["country"], r["country"])
            name = _wiki_title(r["wikipedia"]) or r["party_name_english"]
            if (country, slug(name)) in taken or (country, slug(r["party_name_english"])) in taken:
                continue
            aliases = [r["party_name_english"], r["party_name"], r["party_name_short"]]
            pid = f"parlgov-{r['party_id']}"
            orgs.add(pid, "party", name, aliases, country, "parlgov", prominent=False)


_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|L\.P|LP"
    r"|N\.V|NV|S\.A|SA|AG|SE|ASA|AB|Oyj|S\.p\.A|SpA|N\.A|Holdings?|Group|Bancorp|Ltd"
    r"|Trust|Technologies|Tech)\.?)+$"
)
_SECURITY = re.compile(
    r"\s*[-–]?\s*(?:Class [A-Z] )?(?:Common Stock|Ordinary Shares|American Depositary Shares"
    r"|Common Shares|Subordinate Voting Shares|Registered Shares|Common Units|Shares of Beneficial"
    r" Interest).*$",
    re.IGNORECASE,
)
_NOT_A_COMPANY = re.compile(
    r"\b(?:ETF|ETN|Fund|Trust|Acquisition|Notes?|Warrants?|Rights?|Units?|Preferred|Debentures?"
    r"|Portfolio|Index|Municipal|Income|Capital Corp|SPAC|Merger)\b",
    re.IGNORECASE,
)


def common_name(legal: str) -> str:
    """Return the name a story uses for a listed company: "The Goldman Sachs Group, Inc." -> "Goldman Sachs"."""
    name = _SECURITY.sub("", legal).strip().rstrip(",")
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r"^The\s+", "", name)
    for _ in range(3):
        name = _LEGAL.sub("", name).strip().rstrip(",").strip()
    return name


def companies(orgs: Orgs, sources: Path) -> None:
    """Add listed companies: S&P 500 constituents first, then NASDAQ, NYSE and other listings."""
    taken = {slug(n) for o in orgs.items.values() for n in (o["name"], *o["aliases"])}
    sp = sources / "s-and-p-500-companies" / "data" / "constituents.csv"
    listings: list[tuple[str, str, str]] = []
    if sp.is_file():
        listings += [(r["Security"], r["Security"], "sp500") for r in _rows(sp)]
    nasdaq = sources / "nasdaq-listings" / "data" / "nasdaq-listed-symbols.csv"
    if nasdaq.is_file():
        listings += [
            (r["Company Name"], r["Security Name"], "nasdaq")
            for r in _rows(nasdaq)
            if r["ETF"] == "N" and r["Test Issue"] == "N"
        ]
    other = sources / "nyse-other-listings" / "data" / "other-listed.csv"
    if other.is_file():
        listings += [
            (r["Company Name"], r["Security Name"], "nyse")
            for r in _rows(other)
            if r["ETF"] == "N" and r["Test Issue"] == "N"
        ]
    if not listings:
        print(f"skipping companies: no listings under {sources}", file=sys.stderr)
    for legal, security, source in listings:
        if source != "sp500" and not _SECURITY.search(security):
            continue  # warrants, notes, units, preferred shares: not a company's name
        if _NOT_A_COMPANY.search(_SECURITY.sub("", legal)):
            continue
        legal_name = " ".join(_SECURITY.sub("", legal).split()).rstrip(",")
        name = common_name(legal)
        if len(name) < 2 or slug(name) in taken:
            continue
        taken.add(slug(name))
        # Listed firms are not prominent: one-word near misses of their names are too
        # often another firm's or a person's ("Evergo", "Hambro").
        orgs.add(f"company-{slug(name)}", "company", name, [legal_name], "", source, False)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def build(sources: Path) -> Orgs:
    """Return every organisation, the written list first so its names win."""
    orgs = Orgs()
    well_known(orgs)
    party_facts(orgs, sources)
    companies(orgs, sources)
    return orgs


def entries(orgs: Orgs) -> list[dict]:
    """Return the registry entries, sorted by kind and name."""
    out = []
    for o in sorted(orgs.items.values(), key=lambda o: (o["kind"], slug(o["name"]), o["id"])):
        out.append({k: o[k] for k in ("id", "name", "kind", "country", "prominent", "aliases")})
    return out


def summary(orgs: Orgs) -> str:
    kinds: dict[str, int] = {}
    for o in orgs.items.values():
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    return f"{len(orgs.items)} {kinds} by source {orgs.source_counts}"


def _tidy(text: str) -> str:
    return " ".join("".join(c for c in text or "" if unicodedata.category(c) != "Cc").split())
