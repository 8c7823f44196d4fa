#include "CommandArgumentsReader.h"

#include "CommunicationInputReader.h"

#include <cmath>

namespace commdesk {

void CommandArgumentsReader::readListen(CommandArguments &arguments)
{
    require(QStringLiteral("listen"));
    if (m_reader.failed())
        return;
    // HOST:PORT, the host a name or an address ([::1]:9464 for IPv6).
    const QString listen = m_reader.text(QStringLiteral("listen")).trimmed();
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1StringView("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (host == QLatin1StringView("*") || host == QLatin1StringView("0.0.0.0"))
        address = QHostAddress(QHostAddress::Any);
    else
        address = QHostAddress(host);
    if (!portOk || port > 65535 || address.isNull()) {
        m_reader.fail(tr("--listen wants HOST:PORT with an address or localhost, e.g. 127.0.0.1:9464; \"%1\" is not.")
                          .arg(listen));
        return;
    }
    arguments.listenAddress = address;
    arguments.listenPort = quint16(port);
}

void CommandArgumentsReader::require(const QString &option)
{
    if (!m_reader.has(option))
        m_reader.fail(tr("\"%1\" needs --%2.").arg(m_name, option));
}

void CommandArgumentsReader::read(CliCommand command, CommandArguments &arguments)
{
    switch (command) {
    case CliCommand::CommunicationsList:
        readCommunicationsList(arguments.communications);
        arguments.allPages = m_reader.has(QStringLiteral("all"));
        arguments.csv = m_reader.has(QStringLiteral("csv"));
        if (arguments.csv && m_reader.has(QStringLiteral("json")))
            m_reader.fail(tr("Give either --csv or --json, not both."));
        else if (arguments.csv && m_reader.has(QStringLiteral("fields")))
            m_reader.fail(tr("--csv writes its own columns: leave out --fields."));
        break;
    case CliCommand::CommunicationsShow:
    case CliCommand::ContactsShow:
        arguments.fieldsSet = m_reader.list(QStringLiteral("fields"));
        break;
    case CliCommand::CommunicationsCreate:
        require(QStringLiteral("contact"));
        arguments.contact = m_reader.identifier(QStringLiteral("contact"), IdentifierKind::Contact);
        arguments.input = CommunicationInputReader(m_reader, CommunicationInputReader::Mode::Create).read();
        break;
    case CliCommand::CommunicationsUpdate:
        arguments.input = CommunicationInputReader(m_reader, CommunicationInputReader::Mode::Update).read();
        if (!m_reader.failed() && arguments.input.isEmpty())
            m_reader.fail(tr("Nothing to update: give at least one option such as --subject or --notes."));
        break;
    case CliCommand::CommunicationsView:
        arguments.viewedOn = m_reader.date(QStringLiteral("on")).value_or(QDateTime());
        break;
    case CliCommand::Templates:
        arguments.templates.direction = m_reader.enumValue<Direction>(QStringLiteral("direction"));
        arguments.templates.media = m_reader.enumValue<Media>(QStringLiteral("media"));
        arguments.templates.category = m_reader.identifier(QStringLiteral("category"), IdentifierKind::Category);
        arguments.templates.externalSystem =
            m_reader.identifier(QStringLiteral("external-system"), IdentifierKind::ExternalSystem);
        break;
    case CliCommand::QueueList:
        readQueueList(arguments.queue);
        break;
    case CliCommand::QueuePending:
        arguments.queue.source = readSource();
        arguments.queue.contact = m_reader.identifier(QStringLiteral("contact"), IdentifierKind::Contact);
        require(QStringLiteral("number"));
        arguments.number = m_reader.count(QStringLiteral("number"), 1);
        break;
    case CliCommand::QueuePendingCompleted:
        arguments.queue.source = readSource();
        arguments.queue.contact = m_reader.identifier(QStringLiteral("contact"), IdentifierKind::Contact);
        arguments.number = m_reader.count(QStringLiteral("number"), 1);
        break;
    case CliCommand::QueueComplete:
    case CliCommand::QueueRemove:
        arguments.reason = m_reader.text(QStringLiteral("reason")).trimmed();
        break;
    case CliCommand::QueueReject:
        arguments.reason = m_reader.text(QStringLiteral("reason")).trimmed();
        require(QStringLiteral("code"));
        require(QStringLiteral("description"));
        arguments.errorCode = m_reader.text(QStringLiteral("code")).trimmed();
        arguments.errorDescription = m_reader.text(QStringLiteral("description")).trimmed();
        if (!m_reader.failed() && (arguments.errorCode.isEmpty() || arguments.errorDescription.isEmpty()))
            m_reader.fail(tr("\"%1\" needs a non-empty --code and --description.").arg(m_name));
        break;
    case CliCommand::QueueStats:
        readStatsScope(arguments.stats);
        break;
    case CliCommand::QueueCheck:
        arguments.thresholds.pending = readThreshold(QStringLiteral("pending"), false);
        arguments.thresholds.oldestPending = readThreshold(QStringLiteral("oldest-pending"), false);
        arguments.thresholds.rejectRatio = readThreshold(QStringLiteral("reject-ratio"), true);
        arguments.thresholds.rejectWindowMinutes = m_reader.count(QStringLiteral("window"), 1);
        break;
    case CliCommand::QueueServeMetrics:
        readListen(arguments);
        if (const std::optional<int> interval = m_reader.count(QStringLiteral("interval"), 1))
            arguments.intervalSeconds = *interval;
        break;
    case CliCommand::CommunicationsComplete:
    case CliCommand::Categories:
    case CliCommand::ExternalSystems:
    case CliCommand::QueueShow:
        break; // nothing beyond the identifier word
    }
}

void CommandArgumentsReader::readCommunicationsList(CommunicationsApi::ListFilter &filter)
{
    // docs/api-contract.md "Communications": exactly one of the contact and the category.
    const bool byContact = m_reader.has(QStringLiteral("contact"));
    const bool byCategory = m_reader.has(QStringLiteral("category"));
    if (byContact == byCategory) {
        m_reader.fail(byContact ? tr("Give either --category or --contact to \"%1\", not both.").arg(m_name)
                                : tr("\"%1\" needs --category or --contact.").arg(m_name));
        return;
    }
    filter.contact = m_reader.identifier(QStringLiteral("contact"), IdentifierKind::Contact);
    filter.category = m_reader.identifier(QStringLiteral("category"), IdentifierKind::Category);
    filter.direction = m_reader.enumValue<Direction>(QStringLiteral("direction"));
    filter.media = m_reader.enumValue<Media>(QStringLiteral("media"));
    filter.paging.numberOfResults = m_reader.count(QStringLiteral("limit"), 1);
    filter.paging.offset = m_reader.count(QStringLiteral("offset"), 0);
    filter.fieldsSet = m_reader.list(QStringLiteral("fields"));
}

QueueApi::Source CommandArgumentsReader::readSource()
{
    // docs/api-contract.md "The communication queue": the queue is read per media or per external system, exactly one
    // of them.
    QueueApi::Source source;
    const bool byMedia = m_reader.has(QStringLiteral("media"));
    const bool bySystem = m_reader.has(QStringLiteral("external-system"));
    if (byMedia == bySystem) {
        m_reader.fail(byMedia ? tr("Give either --media or --external-system to \"%1\", not both.").arg(m_name)
                              : tr("\"%1\" needs --media or --external-system.").arg(m_name));
        return source;
    }
    source.media = m_reader.enumValue<Media>(QStringLiteral("media"));
    source.externalSystem = m_reader.identifier(QStringLiteral("external-system"), IdentifierKind::ExternalSystem);
    return source;
}

void CommandArgumentsReader::readQueueList(QueueApi::ListFilter &filter)
{
    filter.source = readSource();
    filter.state = m_reader.enumValue<QueueState>(QStringLiteral("state"));
    filter.contact = m_reader.identifier(QStringLiteral("contact"), IdentifierKind::Contact);
    filter.paging.numberOfResults = m_reader.count(QStringLiteral("limit"), 1);
    filter.paging.offset = m_reader.count(QStringLiteral("offset"), 0);
    filter.fieldsSet = m_reader.list(QStringLiteral("fields"));
}

void CommandArgumentsReader::readStatsScope(QueueStatsScope &scope)
{
    const int given = int(m_reader.has(QStringLiteral("media"))) + int(m_reader.has(QStringLiteral("external-system")))
        + int(m_reader.has(QStringLiteral("all")));
    if (given != 1) {
        m_reader.fail(given == 0 ? tr("\"%1\" needs --media, --external-system or --all.").arg(m_name)
                                 : tr("Give only one of --media, --external-system and --all to \"%1\".").arg(m_name));
        return;
    }
    scope.media = m_reader.enumValue<Media>(QStringLiteral("media"));
    scope.externalSystem = m_reader.identifier(QStringLiteral("external-system"), IdentifierKind::ExternalSystem);
    scope.all = m_reader.has(QStringLiteral("all"));
}

Threshold CommandArgumentsReader::readThreshold(const QString &name, bool isRatio)
{
    const QString maxOption = QLatin1StringView("max-") + name;
    const QString warnOption = QLatin1StringView("warn-") + name;
    auto read = [this, isRatio](const QString &option) -> std::optional<double> {
        if (isRatio)
            return m_reader.ratio(option);
        if (auto value = m_reader.count(option, 0))
            return double(*value);
        return std::nullopt;
    };
    Threshold threshold;
    threshold.critical = read(maxOption);
    threshold.warning = read(warnOption);
    if (threshold.critical && !m_reader.has(warnOption)) {
        const double warning = *threshold.critical * kDefaultWarningShare;
        // Counts stay whole numbers (80% of 45 pending entries warns above 36); ratios lose the
        // binary noise of the multiplication (0.16, not 0.16000000000000003).
        threshold.warning = isRatio ? std::round(warning * 1e6) / 1e6 : std::floor(warning);
    }
    if (threshold.critical && threshold.warning && *threshold.warning > *threshold.critical)
        m_reader.fail(tr("--%1 must not be above --%2.").arg(warnOption, maxOption));
    return threshold;
}

} // namespace commdesk
