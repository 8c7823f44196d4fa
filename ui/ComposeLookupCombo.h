#pragma once

#include "ComposeForm.h"

#include <QComboBox>

namespace commdesk {

// A combo box over a list the server gives (categories, templates, queue external systems), with a
// first "none" entry. It keeps a choice set before the list arrived, or one the list does not hold
// (a draft's category that is no longer offered), so that reading the form back gives what was set
// until the user picks something else.
class ComposeLookupCombo : public QComboBox
{
    Q_OBJECT

public:
    struct Item
    {
        QString id;
        QString label;
        QStringList names; // other values that identify it: name, code, alternative_code
        QVariant data;
    };

    explicit ComposeLookupCombo(const QString &noneText, QWidget *parent = nullptr);

    // Replaces the list; the current choice stays.
    void setItems(const QList<Item> &items);
    bool hasItems() const { return m_loaded; }

    void setChoice(const std::optional<ComposeChoice> &choice);
    std::optional<ComposeChoice> choice() const;
    // The data of the chosen item; invalid for "none" and for a choice the list does not hold.
    QVariant choiceData() const;
    // Selects the item with this id, as if the user had picked it (programmatic application of a
    // template's category).
    bool selectId(const QString &id);

Q_SIGNALS:
    // The user picked an entry (not emitted for programmatic changes).
    void chosen();

private:
    int indexOf(const Identifier &ref) const;
    void showChoice();

    QString m_noneText;
    QList<Item> m_items;
    bool m_loaded = false;
    // What setChoice() gave, kept until the user picks an entry.
    std::optional<ComposeChoice> m_set;
    bool m_useSet = false;
};

} // namespace commdesk
