#pragma once

#include "CommunicationRecord.h"

#include <QList>
#include <QVariantList>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace commdesk {

class SandboxDatabase;

// The communications and unrestricted_parameters tables: rows in, rows out, nothing else.
class CommunicationStore
{
public:
    struct ListQuery
    {
        std::optional<QString> contactId;
        QList<QString> categoryIds; // any of these
        std::optional<QString> direction;
        std::optional<QString> media;
        int limit = 50;
        int offset = 0;
    };

    explicit CommunicationStore(SandboxDatabase &database);

    std::optional<CommunicationRecord> load(const QString &id);
    // Newest first (SandboxRules.h): by creation time, then by sequence.
    QList<CommunicationRecord> list(const ListQuery &query);
    void insert(CommunicationRecord &record); // sets seq
    void update(const CommunicationRecord &record);

    QList<ParameterRecord> parameters(const QString &communicationId);
    void insertParameter(const QString &communicationId, const ParameterRecord &parameter);
    void updateParameter(const ParameterRecord &parameter);
    void removeParameter(const QString &parameterId);

    // The column list and the values of one record, in that order (shared with the seeder).
    static QStringList columns();
    static QVariantList values(const CommunicationRecord &record);
    static QString insertStatement();
    static QString insertParameterStatement();
    static QVariantList parameterValues(const QString &communicationId, const ParameterRecord &parameter);

private:
    static CommunicationRecord fromQuery(const QSqlQuery &query);

    SandboxDatabase &m_database;
};

} // namespace commdesk
