#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commdesk {

class SandboxDatabase;

// The fixed part of the demo data: units, users, groups, privacy levels, the category tree,
// queue external systems and templates. Ids follow the seed like the rest of the demo data.
class DemoCatalogue
{
public:
    // The demo accounts (docs/sandbox.md).
    static constexpr auto organisation = "DEMO";
    static constexpr auto apiKey = "commdesk-demo-web-api-key";

    struct Category
    {
        QString id;
        QString name;
        QString code;
        QString description;
        std::optional<QString> parentId;
        QStringList incomingSubjects;
        QStringList outgoingSubjects;
    };

    struct Template
    {
        QString id;
        QString name;
        QString alternativeCode;
        QString description;
        QString direction;
        QString media;
        std::optional<QString> categoryId;
        std::optional<QString> externalSystemId;
        QString subject;
        QString content;
        bool effective = true;
    };

    struct ExternalSystem
    {
        QString id;
        QString name;
        QString alternativeCode;
        QString description;
        std::optional<int> characterLimit;
    };

    explicit DemoCatalogue(quint32 seed);

    void insert(SandboxDatabase &database) const;

    QList<Category> categories;
    QList<Template> templates;
    QList<ExternalSystem> externalSystems; // SMS gateway, mail relay, customer portal, in that order
    QStringList groupIds;
    QStringList privacyLevelIds;
    QStringList userIds; // demo, supervisor, portal integration

private:
    void addCategories(quint32 seed);
    void addTemplates(quint32 seed);
};

} // namespace commdesk
