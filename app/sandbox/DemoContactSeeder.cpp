#include "DemoContactSeeder.h"

#include "DemoNames.h"
#include "Enums.h"
#include "SandboxDatabase.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QString digits(SeededRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + random.below(10));
    return text;
}

QString emailLocal(const QString &text)
{
    QString local;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || c.isDigit())
            local += c;
    }
    return local;
}

} // namespace

DemoContactSeeder::DemoContactSeeder(SandboxDatabase &database, SeededRandom &random, quint32 seed)
    : m_database(database)
    , m_random(random)
    , m_seed(seed)
{ }

QList<DemoContact> DemoContactSeeder::run(int count)
{
    QSqlQuery &insert = m_database.prepared(
        u"INSERT INTO contacts (id, number, type, name, title, first_name, middle_name, last_name, company_name,"
        " life_cycle_state, gender, birth_day, birth_month, birth_year, name_day_day, name_day_month, id_number,"
        " passport_number, social_security_number, vat_registration_number, registration_number)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery &phone = m_database.prepared(
        u"INSERT INTO contact_phones (contact_id, position, number, type, is_primary) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery &email = m_database.prepared(
        u"INSERT INTO contact_emails (contact_id, position, email_address, type, is_primary) VALUES (?, ?, ?, ?, ?)"_s);
    const QStringList domains {u"example.com"_s, u"example.org"_s, u"example.net"_s, u"mail.example.cy"_s};
    SeededRandom &r = m_random;
    QList<DemoContact> contacts;
    for (int i = 1; i <= count; ++i) {
        DemoContact c;
        c.id = SandboxDatabase::makeId(m_seed, u"contact", i);
        c.number = u"CI"_s + QString::number(i).rightJustified(6, u'0');
        const bool company = r.percent(18);
        // Companies: registration_number HE300123 and vat_registration_number CY10000123T.
        QVariantList row {c.id, c.number, wireName(company ? ContactType::Company : ContactType::Person)};
        QList<std::pair<QString, PhoneType>> phones;
        QList<std::pair<QString, EmailType>> emails;
        const QString mobile = u"+3579"_s + QString(u"5679"_s.at(r.below(4))) + digits(r, 6);
        const QString landline = u"+3572"_s + QString(u"2456"_s.at(r.below(4))) + digits(r, 6);
        c.address = QString::number(r.between(1, 120)) + u' ' + r.pick(DemoNames::streets()) + u", "_s
            + r.pick(DemoNames::towns());
        if (company) {
            c.name = r.percent(25)
                ? QString(r.pick(DemoNames::greek().surnames) + u" & Sons Ltd"_s)
                : QString(r.pick(DemoNames::companyPlaces()) + u' ' + r.pick(DemoNames::companyTrades()));
            const QString domain =
                emailLocal(c.name.section(u' ', 0, 0)) + u'-' + QString::number(i) + u".example.com"_s;
            c.email = u"info@"_s + domain;
            row << c.name << QVariant() << QVariant() << QVariant() << QVariant() << c.name << u"ACTIVE"_s << QVariant()
                << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant()
                << QVariant() << u"CY%1%2"_s.arg(10000000 + i).arg(QChar(u'A' + i % 26)) << u"HE%1"_s.arg(300000 + i);
            phones << std::pair {landline, PhoneType::Landline};
            if (r.percent(40))
                phones << std::pair {u"+3572"_s + digits(r, 7), PhoneType::Fax};
            if (r.percent(30))
                phones << std::pair {mobile, PhoneType::Mobile};
            emails << std::pair {c.email, EmailType::Business}
                   << std::pair {u"accounts@"_s + domain, EmailType::Business};
        } else {
            const int roll = r.below(100);
            const bool greek = roll < 55;
            const bool greekLetters = greek && roll < 11;
            const DemoNames::Bank &bank = greekLetters ? DemoNames::greekInGreekLetters()
                : greek                                ? DemoNames::greek()
                                                       : DemoNames::english();
            const bool male = r.percent(50);
            c.firstName = r.pick(male ? bank.maleFirst : bank.femaleFirst);
            c.lastName = r.pick(bank.surnames);
            c.name = c.firstName + u' ' + c.lastName;
            const QString title = r.percent(5) ? u"Dr"_s : male ? u"Mr"_s : r.percent(50) ? u"Mrs"_s : u"Ms"_s;
            const QVariant middle = r.percent(10) ? QVariant(QString(QChar(u'A' + r.below(26))) + u'.') : QVariant();
            const QString local = greekLetters ? QString(u"client"_s + QString::number(i))
                                               : QString(emailLocal(c.firstName) + u'.' + emailLocal(c.lastName));
            c.email = local + u'@' + r.pick(domains);
            const int birthYear = r.between(1940, 2004);
            row << c.name << title << c.firstName << middle << c.lastName << QVariant()
                << (r.percent(95) ? u"ACTIVE"_s : u"INACTIVE"_s) << (male ? u"MALE"_s : u"FEMALE"_s) << r.between(1, 28)
                << r.between(1, 12) << birthYear;
            if (greek)
                row << r.between(1, 28) << r.between(1, 12);
            else
                row << QVariant() << QVariant();
            // Identity numbers follow the contact number (docs/sandbox.md): CI000123 has id_number
            // 800123 and social_security_number 1000123 (Greek and Cypriot persons) or
            // passport_number K20000123 (the others).
            row << (greek ? QVariant(QString::number(800000 + i)) : QVariant())
                << (greek ? QVariant() : QVariant(u"K"_s + QString::number(20000000 + i)))
                << (greek ? QVariant(QString::number(1000000 + i)) : QVariant()) << QVariant() << QVariant();
            phones << std::pair {mobile, PhoneType::Mobile};
            if (r.percent(50))
                phones << std::pair {landline, PhoneType::Landline};
            emails << std::pair {c.email, EmailType::Personal};
            if (r.percent(30)) {
                emails << std::pair {emailLocal(c.lastName.isEmpty() ? c.firstName : c.lastName) + QString::number(i)
                                         + u"@work.example.com"_s,
                                     EmailType::Business};
            }
        }
        c.mobile = phones.front().first;
        for (const auto &m : std::as_const(phones)) {
            if (m.second == PhoneType::Mobile)
                c.mobile = m.first;
        }
        for (const QVariant &value : std::as_const(row))
            insert.addBindValue(value);
        m_database.exec(insert);
        for (int p = 0; p < phones.size(); ++p) {
            for (const QVariant &value : {QVariant(c.id), QVariant(p), QVariant(phones.at(p).first),
                                          QVariant(wireName(phones.at(p).second)), QVariant(p == 0 ? 1 : 0)})
                phone.addBindValue(value);
            m_database.exec(phone);
        }
        for (int e = 0; e < emails.size(); ++e) {
            for (const QVariant &value : {QVariant(c.id), QVariant(e), QVariant(emails.at(e).first),
                                          QVariant(wireName(emails.at(e).second)), QVariant(e == 0 ? 1 : 0)})
                email.addBindValue(value);
            m_database.exec(email);
        }
        contacts.append(c);
    }
    return contacts;
}

} // namespace commdesk
