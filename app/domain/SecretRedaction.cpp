#include "SecretRedaction.h"

#include <QRegularExpression>

#include <atomic>
#include <cstdio>

namespace commdesk {

namespace {

struct SecretPatterns
{
    // URL query items and form-like text.
    QRegularExpression query {QStringLiteral("\\b(token|password|api_key|apikey)=[^&\\s\"]*"),
                              QRegularExpression::CaseInsensitiveOption};
    // JSON members, whatever their value's type.
    QRegularExpression json {
        QStringLiteral("\"(token|password|api_key|apikey)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)"),
        QRegularExpression::CaseInsensitiveOption};
    // The same JSON shown as a quoted string (QDebug of a body): its quotes and backslashes escaped
    // once more, so a value ends at the first \" that is not part of an escaped \\\".
    QRegularExpression quotedJson {
        QStringLiteral(
            R"(\\"(token|password|api_key|apikey)\\"\s*:\s*(\\"(?:\\\\(?:\\.|[^\\])|\\[^"\\]|[^"\\])*\\"|[^,}\s]+))"),
        QRegularExpression::CaseInsensitiveOption};
    // HTTP authorisation headers.
    QRegularExpression authorization {
        QStringLiteral("\\b((?:proxy-)?authorization)\\s*:\\s*(basic|bearer)\\s+[^\\s,]+"),
        QRegularExpression::CaseInsensitiveOption};
};

} // namespace

QString redactSecrets(QString text)
{
    // Never destroyed: Qt still logs while static objects are being destroyed at exit, and every
    // message comes through here.
    static const SecretPatterns *const patterns = new SecretPatterns;
    text.replace(patterns->query, QStringLiteral("\\1=REDACTED"));
    text.replace(patterns->json, QStringLiteral("\"\\1\":\"REDACTED\""));
    text.replace(patterns->quotedJson, QStringLiteral("\\\"\\1\\\":\\\"REDACTED\\\""));
    text.replace(patterns->authorization, QStringLiteral("\\1: \\2 REDACTED"));
    return text;
}

namespace {

std::atomic<QtMessageHandler> previousHandler {nullptr};
std::atomic<bool> installed {false};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redactSecrets(message);
    if (const QtMessageHandler previous = previousHandler.load()) {
        previous(type, context, clean);
        return;
    }
    // Qt 6 hands back its default handler, so this is only a safety net.
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, context, clean).toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

void RedactingMessageHandler::install()
{
    if (installed.exchange(true))
        return;
    previousHandler.store(qInstallMessageHandler(redactingHandler));
}

void RedactingMessageHandler::uninstall()
{
    if (!installed.exchange(false))
        return;
    qInstallMessageHandler(previousHandler.exchange(nullptr));
}

} // namespace commdesk
