#include "MoreFieldsPanel.h"

#include "ComposeFieldErrors.h"
#include "DisplayText.h"
#include "UnrestrictedParameterTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QString numbered(QStringView stem, std::size_t index)
{
    return stem + QString::number(index + 1);
}

} // namespace

MoreFieldsPanel::MoreFieldsPanel(ComposeFieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton)
    , m_body(new QWidget)
    , m_group(lineEdit(tr("e.g. name=Billing Team")))
    , m_privacyLevel(lineEdit(tr("e.g. name=Internal")))
    , m_referringEntity(new QComboBox)
    , m_referringNumber(lineEdit(tr("Number, e.g. CM000680")))
    , m_parameters(new UnrestrictedParameterTable)
{
    m_toggle->setObjectName(QStringLiteral("moreToggle"));
    m_toggle->setText(tr("&More: group, privacy, references, user-defined fields, parameters"));
    m_toggle->setAccessibleName(tr("Show more fields"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);

    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    errors->addRow(form, tr("Owned &by group"), m_group, QStringLiteral("owned_by_group_identifier"));
    errors->addRow(form, tr("Privac&y level"), m_privacyLevel, QStringLiteral("privacy_level_identifier"));

    m_referringEntity->setObjectName(QStringLiteral("referringEntity"));
    m_referringEntity->setAccessibleName(tr("Refers to a record of kind"));
    m_referringEntity->addItem(tr("Nothing"));
    for (const ReferringEntity entity : allValues<ReferringEntity>())
        m_referringEntity->addItem(DisplayText::referringEntity(entity), int(entity));
    m_referringNumber->setObjectName(QStringLiteral("referringNumber"));
    m_referringNumber->setAccessibleName(tr("Number of the record it refers to"));
    auto *referring = new QWidget;
    auto *referringRow = new QHBoxLayout(referring);
    referringRow->setContentsMargins(0, 0, 0, 0);
    referringRow->addWidget(m_referringEntity);
    referringRow->addWidget(m_referringNumber, 1);
    referring->setFocusProxy(m_referringEntity);
    errors->addRow(form, tr("Re&fers to"), referring, QStringLiteral("referring_to"));

    for (std::size_t i = 0; i < m_udfStrings.size(); ++i) {
        m_udfStrings[i] = lineEdit({});
        errors->addRow(form, tr("User-defined text %1").arg(i + 1), m_udfStrings[i], numbered(u"udf_string_", i));
    }
    for (std::size_t i = 0; i < m_udfFloats.size(); ++i) {
        m_udfFloats[i] = lineEdit(tr("e.g. 12.5"));
        errors->addRow(form, tr("User-defined number %1").arg(i + 1), m_udfFloats[i], numbered(u"udf_float_", i));
    }
    for (std::size_t i = 0; i < m_udfDates.size(); ++i) {
        m_udfDates[i] = lineEdit(tr("YYYY-MM-DD"));
        errors->addRow(form, tr("User-defined date %1").arg(i + 1), m_udfDates[i], numbered(u"udf_date_", i));
    }
    errors->addRow(form, tr("Unrestricted &parameters"), m_parameters, QStringLiteral("unrestricted_parameter_set"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_toggle, &QToolButton::toggled, this, &MoreFieldsPanel::setExpanded);
    connect(m_referringEntity, &QComboBox::currentIndexChanged, this, &MoreFieldsPanel::changed);
    connect(m_parameters, &UnrestrictedParameterTable::changed, this, &MoreFieldsPanel::changed);
    // The editor owns `errors` and this panel: it outlives these connections.
    connect(m_parameters, &UnrestrictedParameterTable::changed, this,
            [errors] { errors->clear(QStringLiteral("unrestricted_parameter_set")); });
    connect(m_referringNumber, &QLineEdit::textEdited, this,
            [errors] { errors->clear(QStringLiteral("referring_to")); });
    connect(m_referringEntity, &QComboBox::activated, this,
            [errors] { errors->clear(QStringLiteral("referring_to")); });
}

QLineEdit *MoreFieldsPanel::lineEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &MoreFieldsPanel::changed);
    return edit;
}

void MoreFieldsPanel::readInto(ComposeForm &form) const
{
    form.ownedByGroup = m_group->text();
    form.privacyLevel = m_privacyLevel->text();
    const QVariant entity = m_referringEntity->currentData();
    form.referringEntity = entity.isValid() ? std::optional(ReferringEntity(entity.toInt())) : std::nullopt;
    form.referringNumber = m_referringNumber->text();
    for (std::size_t i = 0; i < m_udfStrings.size(); ++i)
        form.udfStrings[i] = m_udfStrings[i]->text();
    for (std::size_t i = 0; i < m_udfFloats.size(); ++i)
        form.udfFloats[i] = m_udfFloats[i]->text();
    for (std::size_t i = 0; i < m_udfDates.size(); ++i)
        form.udfDates[i] = m_udfDates[i]->text();
    form.parameters = m_parameters->rows();
}

void MoreFieldsPanel::load(const ComposeForm &form)
{
    m_group->setText(form.ownedByGroup);
    m_privacyLevel->setText(form.privacyLevel);
    m_referringEntity->setCurrentIndex(form.referringEntity ? m_referringEntity->findData(int(*form.referringEntity))
                                                            : 0);
    m_referringNumber->setText(form.referringNumber);
    for (std::size_t i = 0; i < m_udfStrings.size(); ++i)
        m_udfStrings[i]->setText(form.udfStrings[i]);
    for (std::size_t i = 0; i < m_udfFloats.size(); ++i)
        m_udfFloats[i]->setText(form.udfFloats[i]);
    for (std::size_t i = 0; i < m_udfDates.size(); ++i)
        m_udfDates[i]->setText(form.udfDates[i]);
    m_parameters->setRows(form.parameters);
    ComposeForm shown;
    readInto(shown);
    // A draft with any of these members opens the section, so that nothing set is out of sight.
    setExpanded(isExpanded()
                || !(shown.ownedByGroup.isEmpty() && shown.privacyLevel.isEmpty() && !shown.referringEntity
                     && shown.udfStrings == ComposeForm().udfStrings && shown.udfFloats == ComposeForm().udfFloats
                     && shown.udfDates == ComposeForm().udfDates && shown.parameters.isEmpty()));
}

bool MoreFieldsPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void MoreFieldsPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleName(expanded ? tr("Hide more fields") : tr("Show more fields"));
    m_body->setVisible(expanded);
}

bool MoreFieldsPanel::holds(const QString &parameter)
{
    return parameter.startsWith(QLatin1StringView("udf_"))
        || parameter == QLatin1StringView("owned_by_group_identifier")
        || parameter == QLatin1StringView("privacy_level_identifier") || parameter == QLatin1StringView("referring_to")
        || parameter == QLatin1StringView("unrestricted_parameter_set");
}

} // namespace commdesk
