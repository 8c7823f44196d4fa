#include "TemplatePicker.h"

#include "Accessibility.h"
#include "ComposeLookupCombo.h"
#include "ComposeLookups.h"
#include "ConfigurationApi.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace commdesk {

TemplatePicker::TemplatePicker(ComposeLookups *lookups, QWidget *parent)
    : QWidget(parent)
    , m_lookups(lookups)
    , m_combo(new ComposeLookupCombo(tr("No template")))
    , m_status(new QLabel)
    , m_reload(new QTimer(this))
{
    m_combo->setObjectName(QStringLiteral("templateCombo"));
    m_combo->setAccessibleName(tr("Template"));
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setAccessibleName(tr("Template list status"));
    m_status->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    accessibility::labelComboBox(m_combo);
    layout->addWidget(m_status);
    setFocusProxy(m_combo);

    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, &TemplatePicker::reload);
    connect(m_combo, &ComposeLookupCombo::chosen, this, [this] {
        const std::optional<Template> chosen = chosenTemplate();
        if (!chosen)
            return;
        m_applied = chosen;
        Q_EMIT templateApplied(*chosen);
    });
}

void TemplatePicker::setFilter(std::optional<Direction> direction, std::optional<Media> media,
                               std::optional<Identifier> category)
{
    if (m_combo->hasItems() && direction == m_direction && media == m_media && category == m_category)
        return;
    m_direction = direction;
    m_media = media;
    m_category = std::move(category);
    m_pending = true;
    m_reload->start();
}

void TemplatePicker::setChoice(const std::optional<ComposeChoice> &choice)
{
    m_applied.reset();
    m_combo->setChoice(choice);
}

std::optional<ComposeChoice> TemplatePicker::choice() const
{
    return m_combo->choice();
}

std::optional<Template> TemplatePicker::chosenTemplate() const
{
    const std::optional<ComposeChoice> chosen = m_combo->choice();
    if (!chosen)
        return std::nullopt;
    const auto names = [&](const Template &t) {
        const Identifier &ref = chosen->ref;
        if (ref.field == QLatin1StringView("id"))
            return t.id == ref.value;
        return (ref.field == QLatin1StringView("name") && t.name == ref.value)
            || (ref.field == QLatin1StringView("alternative_code") && t.alternativeCode == ref.value);
    };
    for (const Template &t : m_templates) {
        if (names(t))
            return t;
    }
    if (m_applied && names(*m_applied))
        return m_applied;
    return std::nullopt;
}

void TemplatePicker::reload()
{
    m_pending = false;
    delete m_request; // a list for an older filter is of no use any more
    m_request = new QObject(this);
    m_status->setText(tr("Loading…"));
    m_status->show();
    ConfigurationApi::TemplateFilter filter;
    filter.direction = m_direction;
    filter.media = m_media;
    filter.category = m_category;
    m_lookups->templates(m_request, filter, [this](const Result<QList<Template>> &result) {
        m_request->deleteLater();
        m_request = nullptr;
        m_status->hide();
        if (!result) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        showTemplates(result.value());
        Q_EMIT loaded();
    });
}

void TemplatePicker::showTemplates(const QList<Template> &templates)
{
    m_templates = templates;
    QList<ComposeLookupCombo::Item> items;
    for (const Template &t : templates) {
        QStringList names {t.name};
        if (!t.alternativeCode.isEmpty())
            names.append(t.alternativeCode);
        items.append({t.id, t.name, names, {}});
    }
    m_combo->setItems(items);
}

} // namespace commdesk
