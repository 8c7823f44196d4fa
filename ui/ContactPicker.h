#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "Identifier.h"
#include "Result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commdesk {

class ComposeLookups;

// Who a communication is with: the field of contact_information_identifier (docs/api-contract.md "Identifiers") and its
// value, looked up with `contact_information/show` (docs/api-contract.md "Configuration look-ups") to show the
// contact's name and to offer its e-mail address and mobile number.
class ContactPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ContactPicker(ComposeLookups *lookups, QWidget *parent = nullptr);

    QString field() const;
    QString value() const;
    void setIdentifier(const QString &field, const QString &value);
    // A contact known already (the one embedded in a draft): shown at once, looked up again for
    // its phones and e-mail addresses.
    void setKnownContact(const Contact &contact);
    // The contact of a draft cannot change (docs/api-contract.md "Communications" update).
    void setReadOnly(bool readOnly);

    // The contact the current identifier names, once looked up.
    std::optional<Contact> contact() const { return m_contact; }
    bool isLookingUp() const { return m_request != nullptr; }

public Q_SLOTS:
    // Looks the identifier up unless it was looked up already; a lookup still running for an older
    // identifier is cancelled.
    void lookUp();

Q_SIGNALS:
    void contactFound(const Contact &contact);
    void lookupFailed(const ApiError &error);
    // The user changed the identifier: the contact is unknown until looked up again.
    void identifierEdited();

private:
    void forget();
    void lookupDone(const Result<Contact> &result);
    void finishLookup(const Contact &contact);

    ComposeLookups *m_lookups;
    QComboBox *m_field;
    QLineEdit *m_value;
    QPushButton *m_lookUp;
    QLabel *m_name;
    QPointer<QObject> m_request; // owner of the lookup in flight; deleting it cancels the lookup
    std::optional<Identifier> m_lookedUp; // the identifier of m_contact, or of the lookup in flight
    std::optional<Contact> m_contact;
};

} // namespace commdesk
