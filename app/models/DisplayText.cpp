#include "DisplayText.h"

#include <QLocale>

namespace commdesk {

QString DisplayText::direction(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return tr("Incoming");
    case Direction::Outgoing:
        return tr("Outgoing");
    }
    return {};
}

QString DisplayText::media(Media media)
{
    switch (media) {
    case Media::Email:
        return tr("E-mail");
    case Media::Sms:
        return tr("SMS");
    case Media::Phone:
        return tr("Phone");
    case Media::Letter:
        return tr("Letter");
    case Media::FaceToFace:
        return tr("Face to face");
    }
    return {};
}

QString DisplayText::state(LifeCycleState state)
{
    switch (state) {
    case LifeCycleState::Draft:
        return tr("Draft");
    case LifeCycleState::Completed:
        return tr("Completed");
    }
    return {};
}

QString DisplayText::queueState(QueueState state)
{
    switch (state) {
    case QueueState::Pending:
        return tr("Pending");
    case QueueState::Completed:
        return tr("Completed");
    case QueueState::Rejected:
        return tr("Rejected");
    case QueueState::CompletedAndRemoved:
        return tr("Completed and removed");
    }
    return {};
}

QString DisplayText::referringEntity(ReferringEntity entity)
{
    switch (entity) {
    case ReferringEntity::Subscriptions:
        return tr("Subscription");
    case ReferringEntity::Activities:
        return tr("Activity");
    case ReferringEntity::Jobs:
        return tr("Job");
    case ReferringEntity::Communications:
        return tr("Communication");
    case ReferringEntity::AccountsReceivable:
        return tr("Account receivable");
    case ReferringEntity::Bills:
        return tr("Bill");
    case ReferringEntity::Notifications:
        return tr("Notification");
    case ReferringEntity::ServiceRequests:
        return tr("Service request");
    case ReferringEntity::RewardsParticipants:
        return tr("Rewards participant");
    case ReferringEntity::AwardTransactions:
        return tr("Award transaction");
    case ReferringEntity::SpendTransactions:
        return tr("Spend transaction");
    case ReferringEntity::Leads:
        return tr("Lead");
    case ReferringEntity::BuyInAdvanceRequests:
        return tr("Buy-in-advance request");
    case ReferringEntity::AccessTokens:
        return tr("Access token");
    case ReferringEntity::PurchaseCustomerEvents:
        return tr("Purchase customer event");
    case ReferringEntity::SpendRequestCustomerEvents:
        return tr("Spend request customer event");
    }
    return {};
}

QString DisplayText::queueAction(QueueActionRunner::Action action)
{
    switch (action) {
    case QueueActionRunner::Action::Complete:
        return tr("Complete", "queue action");
    case QueueActionRunner::Action::Reject:
        return tr("Reject", "queue action");
    case QueueActionRunner::Action::Remove:
        return tr("Remove", "queue action");
    case QueueActionRunner::Action::Resend:
        return tr("Resend", "queue action");
    }
    return {};
}

QString DisplayText::queueAction(const QString &wireName)
{
    using Action = QueueActionRunner::Action;
    for (const Action action : {Action::Complete, Action::Reject, Action::Remove, Action::Resend}) {
        if (wireName == QueueActionRunner::wireName(action))
            return queueAction(action);
    }
    return wireName;
}

QString DisplayText::withFourDigitYears(const QString &format)
{
    QString fourDigits;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        if (format[i] == u'\'') {
            quoted = !quoted;
        } else if (!quoted && format[i] == u'y') {
            qsizetype run = 1;
            while (i + run < format.size() && format[i + run] == u'y')
                ++run;
            fourDigits += run == 1 ? QStringLiteral("y") : QStringLiteral("yyyy");
            i += run;
            continue;
        }
        fourDigits += format[i++];
    }
    return fourDigits;
}

QString DisplayText::listDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QString format =
        withFourDigitYears(locale.dateFormat(QLocale::ShortFormat)) + u' ' + locale.timeFormat(QLocale::ShortFormat);
    return locale.toString(when.toLocalTime(), format);
}

QString DisplayText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    // Joined as QLocale::dateTimeFormat joins a locale's own date and time.
    const QString format =
        withFourDigitYears(locale.dateFormat(QLocale::LongFormat)) + u' ' + locale.timeFormat(QLocale::ShortFormat);
    return locale.toString(when.toLocalTime(), format);
}

QIcon DisplayText::mediaIcon(Media media)
{
    static const char *const names[] = {"email", "sms", "phone", "letter", "face-to-face"};
    return QIcon(QStringLiteral(":/icons/media-%1.svg").arg(QLatin1StringView(names[int(media)])));
}

QIcon DisplayText::directionIcon(Direction direction)
{
    return QIcon(direction == Direction::Incoming ? QStringLiteral(":/icons/incoming.svg")
                                                  : QStringLiteral(":/icons/outgoing.svg"));
}

} // namespace commdesk
