#include "CredentialReader.h"

#include <QIODevice>

namespace commdesk {

std::optional<QString> CredentialReader::firstLine(QIODevice *device)
{
    if (!device || !device->isReadable())
        return std::nullopt;
    QByteArray line = device->readLine();
    if (line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool CredentialReader::givesSecret(const GlobalOptions &options, const QProcessEnvironment &environment)
{
    return options.apiKeyStdin || options.passwordStdin
        || !environment.value(QStringLiteral("COMMDESK_API_KEY")).isEmpty()
        || !environment.value(QStringLiteral("COMMDESK_PASSWORD")).isEmpty();
}

std::optional<Credentials> CredentialReader::read(const GlobalOptions &options, const QProcessEnvironment &environment,
                                                  QIODevice *standardInput, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (options.apiKeyStdin || options.passwordStdin) {
        const std::optional<QString> line = firstLine(standardInput);
        if (!line || line->isEmpty())
            return failed(options.apiKeyStdin ? tr("No API key could be read from standard input.")
                                              : tr("No password could be read from standard input."));
        return withSecret(options, *line, options.apiKeyStdin, error);
    }
    if (const QString key = environment.value(QStringLiteral("COMMDESK_API_KEY")); !key.isEmpty())
        return withSecret(options, key, true, error);
    if (const QString password = environment.value(QStringLiteral("COMMDESK_PASSWORD")); !password.isEmpty())
        return withSecret(options, password, false, error);
    return failed(tr("No password given: pipe it to --password-stdin or set COMMDESK_PASSWORD (or use an API key "
                     "with --api-key-stdin or COMMDESK_API_KEY)."));
}

std::optional<Credentials> CredentialReader::withSecret(const GlobalOptions &options, const QString &secret,
                                                        bool isApiKey, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Credentials credentials;
    credentials.unit = options.unit;
    if (isApiKey) {
        credentials.apiKey = secret;
        return credentials;
    }
    credentials.password = secret;
    credentials.username = options.username;
    credentials.organisation = options.organisation;
    if (credentials.username.isEmpty())
        return failed(tr("No username given: use --username or the COMMDESK_USERNAME environment variable."));
    if (credentials.organisation.isEmpty())
        return failed(
            tr("No organisation given: use --organisation or the COMMDESK_ORGANISATION environment variable."));
    return credentials;
}

} // namespace commdesk
