#include "DemoNames.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk::DemoNames {

const Bank &greek()
{
    // Cypriot surnames in the genitive form, which does not change with gender.
    static const Bank bank {
        {u"Andreas"_s,     u"Christos"_s, u"Georgios"_s,  u"Nikos"_s,   u"Panayiotis"_s, u"Kyriakos"_s,
         u"Michalis"_s,    u"Costas"_s,   u"Stelios"_s,   u"Marios"_s,  u"Savvas"_s,     u"Demetris"_s,
         u"Charalambos"_s, u"Loizos"_s,   u"Antonis"_s,   u"Yiannis"_s, u"Sotiris"_s,    u"Theodoros"_s,
         u"Petros"_s,      u"Pavlos"_s,   u"Neophytos"_s, u"Evagoras"_s},
        {u"Maria"_s,     u"Eleni"_s,     u"Andri"_s,  u"Christina"_s, u"Georgia"_s,   u"Despina"_s,
         u"Katerina"_s,  u"Anna"_s,      u"Stella"_s, u"Marina"_s,    u"Elena"_s,     u"Chrystalla"_s,
         u"Panayiota"_s, u"Sofia"_s,     u"Irene"_s,  u"Niki"_s,      u"Androulla"_s, u"Myrto"_s,
         u"Kalliopi"_s,  u"Evangelia"_s, u"Froso"_s,  u"Antigoni"_s},
        {u"Georgiou"_s, u"Christodoulou"_s, u"Ioannou"_s,   u"Constantinou"_s, u"Charalambous"_s, u"Demetriou"_s,
         u"Nicolaou"_s, u"Panayiotou"_s,    u"Kyriacou"_s,  u"Antoniou"_s,     u"Savva"_s,        u"Hadjigeorgiou"_s,
         u"Loizou"_s,   u"Efstathiou"_s,    u"Neophytou"_s, u"Stylianou"_s,    u"Christofi"_s,    u"Theodorou"_s,
         u"Pavlou"_s,   u"Petrou"_s,        u"Andreou"_s,   u"Vasiliou"_s,     u"Economou"_s,     u"Hadjipetrou"_s,
         u"Koumi"_s,    u"Sergiou"_s,       u"Zacharia"_s,  u"Evripidou"_s,    u"Kleanthous"_s,   u"Mavrommatis"_s}};
    return bank;
}

const Bank &greekInGreekLetters()
{
    static const Bank bank {{u"Ανδρέας"_s, u"Χρίστος"_s, u"Γιώργος"_s, u"Νίκος"_s, u"Παναγιώτης"_s, u"Κυριάκος"_s,
                             u"Μιχάλης"_s, u"Κώστας"_s, u"Στέλιος"_s, u"Σάββας"_s},
                            {u"Μαρία"_s, u"Ελένη"_s, u"Άντρη"_s, u"Χριστίνα"_s, u"Γεωργία"_s, u"Δέσποινα"_s,
                             u"Κατερίνα"_s, u"Άννα"_s, u"Στέλλα"_s, u"Χρυστάλλα"_s},
                            {u"Γεωργίου"_s, u"Χριστοδούλου"_s, u"Ιωάννου"_s, u"Κωνσταντίνου"_s, u"Χαραλάμπους"_s,
                             u"Δημητρίου"_s, u"Νικολάου"_s, u"Παναγιώτου"_s, u"Κυριάκου"_s, u"Αντωνίου"_s, u"Λοΐζου"_s,
                             u"Στυλιανού"_s}};
    return bank;
}

const Bank &english()
{
    static const Bank bank {
        {u"James"_s, u"Oliver"_s, u"Harry"_s, u"George"_s, u"Thomas"_s, u"William"_s, u"Jack"_s, u"Daniel"_s,
         u"Matthew"_s, u"Samuel"_s, u"David"_s, u"Richard"_s, u"Peter"_s, u"Mark"_s, u"Paul"_s, u"Edward"_s},
        {u"Emma"_s, u"Olivia"_s, u"Sophie"_s, u"Charlotte"_s, u"Emily"_s, u"Jessica"_s, u"Hannah"_s, u"Lucy"_s,
         u"Sarah"_s, u"Rebecca"_s, u"Claire"_s, u"Laura"_s, u"Helen"_s, u"Rachel"_s, u"Kate"_s, u"Alice"_s},
        {u"Smith"_s,   u"Jones"_s,  u"Taylor"_s,   u"Brown"_s,     u"Williams"_s, u"Wilson"_s,
         u"Johnson"_s, u"Davies"_s, u"Robinson"_s, u"Wright"_s,    u"Thompson"_s, u"Evans"_s,
         u"Walker"_s,  u"White"_s,  u"Roberts"_s,  u"Green"_s,     u"Hall"_s,     u"Wood"_s,
         u"Clarke"_s,  u"Hughes"_s, u"O'Brien"_s,  u"Fitzgerald"_s}};
    return bank;
}

const QStringList &companyPlaces()
{
    static const QStringList places {
        u"Troodos"_s,   u"Limassol"_s,    u"Larnaca Bay"_s,   u"Paphos"_s, u"Kyrenia Gate"_s,  u"Nicosia"_s,
        u"Famagusta"_s, u"Aphrodite"_s,   u"Akamas"_s,        u"Kition"_s, u"Salamis"_s,       u"Mediterranean"_s,
        u"Olympus"_s,   u"Blue Lagoon"_s, u"Thames Valley"_s, u"Severn"_s, u"Pentadaktylos"_s, u"Ayia Napa"_s};
    return places;
}

const QStringList &companyTrades()
{
    static const QStringList trades {u"Trading Ltd"_s,           u"Marine Services Ltd"_s, u"Logistics Ltd"_s,
                                     u"Olive Oil Co."_s,         u"Estates Ltd"_s,         u"Citrus Exports Ltd"_s,
                                     u"Digital Solutions Ltd"_s, u"Hotels Ltd"_s,          u"Solar Systems Ltd"_s,
                                     u"Eco Tours Ltd"_s,         u"Catering Ltd"_s,        u"Pharmacy Ltd"_s,
                                     u"Shipping Co. Ltd"_s,      u"Consulting Ltd"_s,      u"Engineering Ltd"_s,
                                     u"Wineries Ltd"_s,          u"Car Rentals Ltd"_s,     u"Dental Clinic Ltd"_s};
    return trades;
}

const QStringList &streets()
{
    static const QStringList streets {u"Makarios III Avenue"_s,  u"Archbishop Kyprianou Street"_s,
                                      u"Ledra Street"_s,         u"Anexartisias Street"_s,
                                      u"Griva Digeni Avenue"_s,  u"Spyrou Kyprianou Avenue"_s,
                                      u"Athalassas Avenue"_s,    u"Tombs of the Kings Road"_s,
                                      u"Finikoudes Promenade"_s, u"Stasikratous Street"_s};
    return streets;
}

const QStringList &towns()
{
    static const QStringList towns {u"1065 Nicosia"_s,   u"3036 Limassol"_s, u"6021 Larnaca"_s,    u"8047 Paphos"_s,
                                    u"5330 Ayia Napa"_s, u"2401 Engomi"_s,   u"4040 Germasogeia"_s};
    return towns;
}

} // namespace commdesk::DemoNames
