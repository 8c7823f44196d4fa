#pragma once

#include <QStringList>

namespace commdesk {

// The name and phrase banks the demo data draws from: Greek and Cypriot names (mostly in Latin
// letters, as Cypriot records usually hold them, some in Greek letters), English names, and
// company names.
namespace DemoNames {

struct Bank
{
    QStringList maleFirst;
    QStringList femaleFirst;
    QStringList surnames;
};

const Bank &greek();
const Bank &greekInGreekLetters();
const Bank &english();
const QStringList &companyPlaces();
const QStringList &companyTrades();
const QStringList &streets();
const QStringList &towns();

} // namespace DemoNames

} // namespace commdesk
