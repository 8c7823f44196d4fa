#include "DemoCatalogue.h"

#include "Enums.h"
#include "SandboxDatabase.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QString email()
{
    return wireName(Media::Email);
}
QString sms()
{
    return wireName(Media::Sms);
}
QString outgoing()
{
    return wireName(Direction::Outgoing);
}

} // namespace

DemoCatalogue::DemoCatalogue(quint32 seed)
{
    const auto id = [seed](QStringView kind, int serial) { return SandboxDatabase::makeId(seed, kind, serial); };
    externalSystems = {
        {id(u"external_system", 1), u"Nicosia SMS Gateway"_s, u"SMSGW"_s,
         u"Bulk SMS gateway of the demo operator; rejects messages over 160 characters"_s, 160},
        {id(u"external_system", 2), u"Mail Relay"_s, u"MAILRELAY"_s, u"Outbound SMTP relay for customer e-mail"_s,
         std::nullopt},
        {id(u"external_system", 3), u"Customer Portal"_s, u"PORTAL"_s, u"Inbox of the customer self-service portal"_s,
         4000},
    };
    for (int i = 1; i <= 5; ++i)
        groupIds.append(id(u"group", i));
    for (int i = 1; i <= 4; ++i)
        privacyLevelIds.append(id(u"privacy_level", i));
    for (int i = 1; i <= 3; ++i)
        userIds.append(id(u"user", i));
    addCategories(seed);
    addTemplates(seed);
}

void DemoCatalogue::addCategories(quint32 seed)
{
    const auto add = [&](const QString &name, const QString &code, const QString &description,
                         std::optional<int> parent, QStringList incoming, QStringList outgoing) {
        const QString id = SandboxDatabase::makeId(seed, u"category", categories.size() + 1);
        categories.append({id, name, code, description,
                           parent ? std::optional(categories.at(*parent).id) : std::nullopt, std::move(incoming),
                           std::move(outgoing)});
        return int(categories.size() - 1);
    };
    const int billing = add(u"Billing"_s, u"BILL"_s, u"Bills, payments and refunds"_s, std::nullopt,
                            {u"Question about my bill"_s, u"Payment made by bank transfer"_s},
                            {u"Your monthly statement"_s, u"Billing information update"_s});
    add(u"Invoices"_s, u"BILL-INV"_s, u"Invoices sent and queried"_s, billing,
        {u"Invoice copy requested"_s, u"Wrong address on invoice"_s, u"VAT number missing on invoice"_s},
        {u"Your invoice is ready"_s, u"Corrected invoice attached"_s});
    add(u"Payment Reminders"_s, u"BILL-REM"_s, u"Reminders of overdue balances"_s, billing,
        {u"Reminder received in error"_s, u"Payment plan request"_s},
        {u"Payment reminder"_s, u"Second payment reminder"_s, u"Final notice before suspension"_s});
    add(u"Refunds"_s, u"BILL-REF"_s, u"Refunds and credit notes"_s, billing,
        {u"Refund request"_s, u"Double charge on card"_s}, {u"Your refund has been processed"_s});
    const int service = add(u"Customer Service"_s, u"CS"_s, u"General customer service"_s, std::nullopt,
                            {u"General enquiry"_s}, {u"Following up on your enquiry"_s});
    add(u"Complaints"_s, u"CS-CMP"_s, u"Complaints and their resolution"_s, service,
        {u"Complaint about slow service"_s, u"Technician did not arrive"_s, u"Παράπονο για τη σύνδεση"_s},
        {u"We have received your complaint"_s, u"Resolution of your complaint"_s});
    add(u"Enquiries"_s, u"CS-ENQ"_s, u"Questions about products and services"_s, service,
        {u"Question about roaming charges"_s, u"Upgrade options"_s, u"Ερώτηση για το πακέτο μου"_s},
        {u"Answer to your question"_s, u"Information you asked for"_s});
    add(u"Feedback"_s, u"CS-FBK"_s, u"Surveys and customer feedback"_s, service,
        {u"Great service at the Limassol shop"_s, u"Suggestion for the mobile app"_s},
        {u"Tell us how we did"_s, u"Thank you for your feedback"_s});
    const int technical = add(u"Technical Support"_s, u"TECH"_s, u"Faults, outages and installations"_s, std::nullopt,
                              {u"No internet since this morning"_s}, {u"Your support ticket"_s});
    add(u"Outages"_s, u"TECH-OUT"_s, u"Planned works and unplanned outages"_s, technical,
        {u"Is there an outage in Strovolos?"_s, u"Line down after the storm"_s},
        {u"Planned maintenance in your area"_s, u"Service restored"_s});
    add(u"Installations"_s, u"TECH-INS"_s, u"New connections and equipment"_s, technical,
        {u"Reschedule my installation"_s, u"Router not working after installation"_s},
        {u"Installation appointment confirmed"_s, u"Your new router is on its way"_s});
    const int marketing = add(u"Marketing"_s, u"MKT"_s, u"Campaigns and offers"_s, std::nullopt,
                              {u"Unsubscribe me from offers"_s}, {u"News from CommDesk Telecom"_s});
    add(u"Promotions"_s, u"MKT-PRO"_s, u"Limited-time offers"_s, marketing, {u"Is the summer offer still on?"_s},
        {u"Summer offer: double data 🌞"_s, u"Προσφορά για εσάς"_s, u"Black Friday deals"_s});
    add(u"Newsletters"_s, u"MKT-NEWS"_s, u"Monthly newsletters"_s, marketing, {u"Newsletter not received"_s},
        {u"Your monthly newsletter"_s});
    add(u"Contracts"_s, u"CON"_s, u"Contracts, renewals and cancellations"_s, std::nullopt,
        {u"Cancel my contract"_s, u"Transfer of ownership"_s},
        {u"Your contract renewal"_s, u"Confirmation of cancellation"_s});
}

void DemoCatalogue::addTemplates(quint32 seed)
{
    const auto categoryId = [this](const QString &code) -> std::optional<QString> {
        for (const Category &category : std::as_const(categories)) {
            if (category.code == code)
                return category.id;
        }
        return std::nullopt;
    };
    const QString smsGateway = externalSystems.at(0).id;
    const QString mailRelay = externalSystems.at(1).id;
    const QString portal = externalSystems.at(2).id;
    const auto add = [&](const QString &name, const QString &code, const QString &description, const QString &direction,
                         const QString &media, const QString &category, std::optional<QString> system,
                         const QString &subject, const QString &content, bool effective = true) {
        templates.append({SandboxDatabase::makeId(seed, u"template", templates.size() + 1), name, code, description,
                          direction, media, categoryId(category), std::move(system), subject, content, effective});
    };
    add(u"Payment reminder (e-mail)"_s, u"TPL-REM-EMAIL"_s, u"First reminder of an overdue balance"_s, outgoing(),
        email(), u"BILL-REM"_s, mailRelay, u"Payment reminder for account {{number}}"_s,
        u"Dear {{first_name}} {{last_name}},\n\nOur records show an overdue balance on account {{number}}. "
        "If you have already paid, please ignore this message.\n\nKind regards,\nCommDesk Telecom Billing"_s);
    add(u"Payment reminder (SMS)"_s, u"TPL-REM-SMS"_s, u"Short reminder of an overdue balance"_s, outgoing(), sms(),
        u"BILL-REM"_s, smsGateway, u"Payment reminder"_s,
        u"Dear {{first_name}}, a payment on account {{number}} is overdue. Please settle it at your earliest "
        "convenience."_s);
    add(u"Υπενθύμιση πληρωμής (SMS)"_s, u"TPL-REM-SMS-EL"_s, u"Payment reminder in Greek"_s, outgoing(), sms(),
        u"BILL-REM"_s, smsGateway, u"Υπενθύμιση πληρωμής"_s,
        u"Αγαπητέ/ή {{first_name}}, υπάρχει ληξιπρόθεσμο υπόλοιπο στον λογαριασμό {{number}}."_s);
    add(u"Invoice ready"_s, u"TPL-INV"_s, u"The monthly invoice is available"_s, outgoing(), email(), u"BILL-INV"_s,
        mailRelay, u"Your invoice is ready, {{name}}"_s,
        u"Dear {{name}},\n\nYour invoice for this month is attached. You can also find it in the customer "
        "portal.\n\nCommDesk Telecom"_s);
    add(u"Welcome"_s, u"TPL-WELCOME"_s, u"Welcome message for new customers"_s, outgoing(), email(), u"CS-ENQ"_s,
        std::nullopt, u"Welcome to CommDesk Telecom, {{first_name}}"_s,
        u"Dear {{first_name}},\n\nWelcome aboard! Your customer number is {{number}}.\n\nThe CommDesk team"_s);
    add(u"Outage notice"_s, u"TPL-OUTAGE"_s, u"Planned maintenance warning"_s, outgoing(), sms(), u"TECH-OUT"_s,
        smsGateway, u"Planned maintenance"_s,
        u"Dear customer, planned maintenance may interrupt your service tonight between 01:00 and 04:00."_s);
    add(u"Installation call"_s, u"TPL-INSTALL"_s, u"Call to agree an installation date"_s, outgoing(),
        wireName(Media::Phone), u"TECH-INS"_s, std::nullopt, u"Installation appointment for {{name}}"_s,
        u"Called {{name}} ({{number}}) to agree an installation date."_s);
    add(u"Complaint acknowledgement"_s, u"TPL-CMP-ACK"_s, u"Letter confirming a complaint"_s, outgoing(),
        wireName(Media::Letter), u"CS-CMP"_s, portal, u"We have received your complaint"_s,
        u"Dear {{first_name}} {{last_name}},\n\nWe have registered your complaint and will reply within ten "
        "working days.\n\nCustomer Care"_s);
    add(u"Summer promotion"_s, u"TPL-PROMO"_s, u"Seasonal offer by SMS"_s, outgoing(), sms(), u"MKT-PRO"_s, smsGateway,
        u"Summer offer"_s, u"{{first_name}}, double data all summer for your line! Reply YES to activate."_s);
    add(u"Monthly newsletter"_s, u"TPL-NEWS"_s, u"Newsletter to the portal inbox"_s, outgoing(), email(), u"MKT-NEWS"_s,
        portal, u"News for {{name}}"_s,
        u"Hello {{first_name}},\n\nHere is what is new at CommDesk Telecom this month."_s);
    add(u"Feedback call"_s, u"TPL-FBK-CALL"_s, u"Notes of an incoming feedback call"_s, wireName(Direction::Incoming),
        wireName(Media::Phone), u"CS-FBK"_s, std::nullopt, u"Feedback call from {{name}}"_s,
        u"{{name}} called with feedback."_s);
    add(u"Contract renewal 2019"_s, u"TPL-RENEW-2019"_s, u"Retired renewal letter"_s, outgoing(),
        wireName(Media::Letter), u"CON"_s, std::nullopt, u"Renew your contract"_s,
        u"Dear {{name}}, your contract is due for renewal."_s, false);
}

void DemoCatalogue::insert(SandboxDatabase &db) const
{
    const QString org = QLatin1StringView(organisation);
    db.run(u"INSERT INTO units (id, name) VALUES (?, ?), (?, ?)"_s,
           {SandboxDatabase::makeId(0, u"unit", 1), u"Head Office"_s, SandboxDatabase::makeId(0, u"unit", 2),
            u"Limassol Branch"_s});
    const QString insertUser =
        u"INSERT INTO users (id, username, password, organisation, api_key) VALUES (?, ?, ?, ?, ?)"_s;
    db.run(insertUser, {userIds.at(0), u"demo"_s, u"demo"_s, org, QString(QLatin1StringView(apiKey))});
    db.run(insertUser, {userIds.at(1), u"supervisor"_s, u"supervisor"_s, org, QVariant()});
    // The portal's integration user logs nothing in; it only signs incoming communications.
    db.run(insertUser,
           {userIds.at(2), u"portal.integration"_s, SandboxDatabase::makeId(0, u"secret", 1), org, QVariant()});

    const QStringList groupNames {u"Customer Care"_s, u"Billing Team"_s, u"Technical Support"_s, u"Sales"_s,
                                  u"Back Office"_s};
    const QStringList groupCodes {u"CC"_s, u"BILLING"_s, u"TECH"_s, u"SALES"_s, u"BACKOFFICE"_s};
    for (int i = 0; i < groupIds.size(); ++i)
        db.run(u"INSERT INTO user_groups (id, name, alternative_code) VALUES (?, ?, ?)"_s,
               {groupIds.at(i), groupNames.at(i), groupCodes.at(i)});
    const QStringList levelNames {u"Public"_s, u"Internal"_s, u"Confidential"_s, u"Restricted"_s};
    for (int i = 0; i < privacyLevelIds.size(); ++i)
        db.run(u"INSERT INTO privacy_levels (id, number, name) VALUES (?, ?, ?)"_s,
               {privacyLevelIds.at(i), u"PL%1"_s.arg(i + 1, 3, 10, QChar(u'0')), levelNames.at(i)});
    for (const Category &c : categories)
        db.run(u"INSERT INTO categories (id, name, code, description, parent_id) VALUES (?, ?, ?, ?, ?)"_s,
               {c.id, c.name, c.code, c.description, nullable(c.parentId)});
    for (const ExternalSystem &s : externalSystems)
        db.run(u"INSERT INTO external_systems (id, name, alternative_code, description, character_limit)"
               " VALUES (?, ?, ?, ?, ?)"_s,
               {s.id, s.name, s.alternativeCode, s.description, nullable(s.characterLimit)});
    for (const Template &t : templates)
        db.run(u"INSERT INTO templates (id, name, alternative_code, description, direction, media, category_id,"
               " external_system_id, subject, content, effective) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {t.id, t.name, t.alternativeCode, t.description, t.direction, t.media, nullable(t.categoryId),
                nullable(t.externalSystemId), t.subject, t.content, t.effective ? 1 : 0});
}

} // namespace commdesk
