#include "PreferencesDialog.h"

#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace commdesk {

PreferencesDialog::PreferencesDialog(const DeskPreferences::Values &values, QWidget *parent)
    : QDialog(parent)
    , m_refresh(new QSpinBox(this))
    , m_markViewed(new QCheckBox(tr("&Mark a communication as viewed when it has been open for"), this))
    , m_markViewedSeconds(new QSpinBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_refresh->setObjectName(QStringLiteral("refreshSeconds"));
    m_refresh->setRange(0, DeskPreferences::kMaxRefreshSeconds);
    m_refresh->setSpecialValueText(tr("Never"));
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(values.listRefreshSeconds);
    m_refresh->setAccessibleName(tr("Look for new communications every, in seconds"));
    m_refresh->setToolTip(tr("The open list says how many are new; it moves only when you ask"));
    m_markViewed->setObjectName(QStringLiteral("markViewed"));
    m_markViewed->setChecked(values.markViewedOnReading);
    m_markViewedSeconds->setObjectName(QStringLiteral("markViewedSeconds"));
    m_markViewedSeconds->setRange(1, DeskPreferences::kMaxMarkViewedSeconds);
    m_markViewedSeconds->setSuffix(tr(" s"));
    m_markViewedSeconds->setValue(values.markViewedSeconds);
    m_markViewedSeconds->setEnabled(values.markViewedOnReading);
    m_markViewedSeconds->setAccessibleName(tr("Seconds of reading before marking as viewed"));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setRange(DeskPreferences::kMinPageSize, DeskPreferences::kMaxPageSize);
    m_pageSize->setSingleStep(50);
    m_pageSize->setValue(values.pageSize);
    m_pageSize->setAccessibleName(tr("Communications read at a time"));
    connect(m_markViewed, &QCheckBox::toggled, m_markViewedSeconds, &QWidget::setEnabled);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const Language &language : languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("CommDesk speaks the language chosen here when it starts again."));
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, initial = values.language] {
        m_languageNote->setVisible(m_language->currentData().toString() != initial);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Look for &new communications every:"), m_refresh);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_markViewed);
    reading->addWidget(m_markViewedSeconds);
    reading->addStretch(1);
    form->addRow(reading);
    form->addRow(tr("Communications &read at a time:"), m_pageSize);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_languageNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *shortcuts = buttons->addButton(tr("&Keyboard shortcuts…"), QDialogButtonBox::ResetRole);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    connect(shortcuts, &QPushButton::clicked, this, &PreferencesDialog::shortcutsRequested);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

DeskPreferences::Values PreferencesDialog::values() const
{
    DeskPreferences::Values values;
    values.listRefreshSeconds = m_refresh->value();
    values.markViewedOnReading = m_markViewed->isChecked();
    values.markViewedSeconds = m_markViewedSeconds->value();
    values.pageSize = m_pageSize->value();
    values.language = m_language->currentData().toString();
    return values;
}

} // namespace commdesk
