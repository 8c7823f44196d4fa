#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace commdesk {

// One request or error as the diagnostic log keeps it: already redacted.
struct DiagnosticEntry
{
    QDateTime when;
    QString verb; // GET, POST, or empty for an event that is not a request
    QString url; // token, password and api_key removed
    int httpStatus = 0;
    qint64 durationMs = 0;
    QString outcome; // OK, or the error code and sentence
    QString detail; // redacted POST body, technical detail of an error

    QString toLine() const;
};

// The last few hundred requests and errors, for the user to open and copy when IT asks (Help >
// Diagnostic log). Every text is redacted on the way in: the token, passwords and API keys never
// reach it, whether in URLs, headers or bodies.
class DiagnosticLog : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosticLog(QObject *parent = nullptr);

    void setCapacity(int entries);
    int capacity() const { return m_capacity; }

    void add(DiagnosticEntry entry);
    void addEvent(const QString &text);
    QList<DiagnosticEntry> entries() const { return m_entries; }
    // One line per entry, oldest first: what the dialog shows and Copy puts on the clipboard.
    QString text() const;
    void clear();

    // Removes `token=`, `password=`, `api_key=` values and the same JSON members, and Basic
    // credentials, from any text (redactSecrets(), domain/SecretRedaction.h).
    static QString redacted(QString text);

Q_SIGNALS:
    void added();

private:
    int m_capacity = 500;
    QList<DiagnosticEntry> m_entries;
};

} // namespace commdesk
