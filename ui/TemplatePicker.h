#pragma once

#include "ApiError.h"
#include "ComposeForm.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace commdesk {

class ComposeLookupCombo;
class ComposeLookups;

// The template of a communication: the effective templates of `communications/configuration/
// templates/list` (docs/api-contract.md "Configuration look-ups") for the chosen direction, media and category. Picking
// one asks the compose window to apply it; the server fills its placeholders when the template is sent
// (docs/api-contract.md "Communications").
class TemplatePicker : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePicker(ComposeLookups *lookups, QWidget *parent = nullptr);

    // Lists the templates for these (an unset one does not filter); the list is fetched again
    // after the current event, once for several changes in a row.
    void setFilter(std::optional<Direction> direction, std::optional<Media> media, std::optional<Identifier> category);

    void setChoice(const std::optional<ComposeChoice> &choice);
    std::optional<ComposeChoice> choice() const;
    // The chosen template as listed (what it gives); nullopt when none is chosen or the list does
    // not hold it (a draft's template that is no longer effective).
    std::optional<Template> chosenTemplate() const;

    ComposeLookupCombo *combo() const { return m_combo; }
    bool isLoading() const { return m_request != nullptr || m_pending; }
    QList<Template> templates() const { return m_templates; }

Q_SIGNALS:
    // The user picked a template: the compose window fills its fields from it.
    void templateApplied(const Template &chosen);
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void reload();
    void showTemplates(const QList<Template> &templates);

    ComposeLookups *m_lookups;
    ComposeLookupCombo *m_combo;
    QLabel *m_status;
    QTimer *m_reload;
    bool m_pending = false;
    QPointer<QObject> m_request;
    std::optional<Direction> m_direction;
    std::optional<Media> m_media;
    std::optional<Identifier> m_category;
    QList<Template> m_templates;
    std::optional<Template> m_applied; // the last one picked, known even when filtered out since
};

} // namespace commdesk
