#pragma once

#include "ComposeForm.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace commdesk {

class ComposeFieldErrors;
class UnrestrictedParameterTable;

// The less used members of a communication (docs/api-contract.md "Communications") under a collapsible "More" section:
// owned-by group and privacy level (typed as `field=value`, there is no list call for them), what
// the communication refers to, the user-defined fields and the unrestricted parameters.
class MoreFieldsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MoreFieldsPanel(ComposeFieldErrors *errors, QWidget *parent = nullptr);

    void readInto(ComposeForm &form) const;
    void load(const ComposeForm &form);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    // True for the parameters whose fields live in this section.
    static bool holds(const QString &parameter);

    QToolButton *toggle() const { return m_toggle; }
    UnrestrictedParameterTable *parameters() const { return m_parameters; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *lineEdit(const QString &placeholder);

    QToolButton *m_toggle;
    QWidget *m_body;
    QLineEdit *m_group;
    QLineEdit *m_privacyLevel;
    QComboBox *m_referringEntity;
    QLineEdit *m_referringNumber;
    std::array<QLineEdit *, 8> m_udfStrings {};
    std::array<QLineEdit *, 4> m_udfFloats {};
    std::array<QLineEdit *, 4> m_udfDates {};
    UnrestrictedParameterTable *m_parameters;
};

} // namespace commdesk
