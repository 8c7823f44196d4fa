#include "ContactPicker.h"

#include "Accessibility.h"
#include "ComposeForm.h"
#include "ComposeLookups.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commdesk {

ContactPicker::ContactPicker(ComposeLookups *lookups, QWidget *parent)
    : QWidget(parent)
    , m_lookups(lookups)
    , m_field(new QComboBox)
    , m_value(new QLineEdit)
    , m_lookUp(new QPushButton(tr("Look &up")))
    , m_name(new QLabel)
{
    m_field->setObjectName(QStringLiteral("contactField"));
    m_field->setAccessibleName(tr("Contact identified by"));
    for (const QString &field : ComposeValues::contactFields())
        m_field->addItem(ComposeValues::contactFieldLabel(field), field);
    m_value->setObjectName(QStringLiteral("contactValue"));
    m_value->setAccessibleName(tr("Contact"));
    m_value->setPlaceholderText(tr("e.g. CI000111"));
    accessibility::enableClearButton(m_value);
    m_lookUp->setObjectName(QStringLiteral("contactLookUp"));
    m_lookUp->setAccessibleName(tr("Look up the contact"));
    m_lookUp->setAutoDefault(false);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_name->setAccessibleName(tr("Contact found"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field);
    row->addWidget(m_value, 1);
    row->addWidget(m_lookUp);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_name);
    accessibility::labelComboBox(m_field); // a child of this picker now
    setFocusProxy(m_value);

    connect(m_value, &QLineEdit::textEdited, this, [this] {
        forget();
        Q_EMIT identifierEdited();
    });
    connect(m_value, &QLineEdit::editingFinished, this, &ContactPicker::lookUp);
    connect(m_field, &QComboBox::activated, this, [this] {
        forget();
        Q_EMIT identifierEdited();
        lookUp();
    });
    // The button asks again even for the identifier looked up last (after a network error, say).
    connect(m_lookUp, &QPushButton::clicked, this, [this] {
        m_lookedUp.reset();
        lookUp();
    });
}

QString ContactPicker::field() const
{
    return m_field->currentData().toString();
}

QString ContactPicker::value() const
{
    return m_value->text();
}

void ContactPicker::setIdentifier(const QString &field, const QString &value)
{
    const int index = m_field->findData(field);
    m_field->setCurrentIndex(index < 0 ? 0 : index);
    m_value->setText(value);
    forget();
}

void ContactPicker::setKnownContact(const Contact &contact)
{
    m_contact = contact;
    m_name->setText(tr("%1 (%2)").arg(contact.displayName(), contact.number));
    // The embedded contact has no phones or e-mail addresses (docs/api-contract.md "Communications" vs
    // docs/api-contract.md "Configuration look-ups").
    m_lookedUp.reset();
    lookUp();
}

void ContactPicker::setReadOnly(bool readOnly)
{
    m_field->setEnabled(!readOnly);
    m_value->setReadOnly(readOnly);
    m_value->setClearButtonEnabled(!readOnly);
}

void ContactPicker::lookUp()
{
    const Identifier identifier(field(), value().trimmed());
    if (!identifier.isValid() || m_lookedUp == identifier)
        return;
    delete m_request;
    m_lookedUp = identifier;
    // A contact shown already (a draft's) stays until the answer, if it is the one asked for.
    const bool same = m_contact
        && ((identifier.field == QLatin1StringView("number") && identifier.value == m_contact->number)
            || (identifier.field == QLatin1StringView("id") && identifier.value == m_contact->id));
    if (!same) {
        m_contact.reset();
        m_name->setText(tr("Looking up %1…").arg(identifier.value));
    }
    m_request = new QObject(this);
    m_lookups->contact(m_request, identifier, [this](const Result<Contact> &result) { lookupDone(result); });
}

void ContactPicker::lookupDone(const Result<Contact> &result)
{
    m_request->deleteLater();
    m_request = nullptr;
    if (result) {
        finishLookup(result.value());
        return;
    }
    m_contact.reset();
    m_name->clear();
    Q_EMIT lookupFailed(result.error());
}

void ContactPicker::forget()
{
    delete m_request;
    m_lookedUp.reset();
    m_contact.reset();
    m_name->clear();
}

void ContactPicker::finishLookup(const Contact &contact)
{
    m_contact = contact;
    m_name->setText(contact.number.isEmpty() ? contact.displayName()
                                             : tr("%1 (%2)").arg(contact.displayName(), contact.number));
    Q_EMIT contactFound(contact);
}

} // namespace commdesk
