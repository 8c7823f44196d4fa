#pragma once

#include "Enums.h"
#include "QueueActionRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>

namespace commdesk {

// How the domain's enums and dates read and look to a person; the one place for these labels.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString direction(Direction direction);
    static QString media(Media media);
    static QString state(LifeCycleState state);
    static QString queueState(QueueState state);
    static QString referringEntity(ReferringEntity entity);
    static QString queueAction(QueueActionRunner::Action action);
    // An action as the journal keeps it (QueueActionRunner::wireName); one this client does not know reads as it is.
    static QString queueAction(const QString &wireName);
    // Local time: the locale's long date, its year always in four digits, and its short time; "" for an invalid date.
    static QString dateTime(const QDateTime &when);
    // The same for a table's column, where rows are compared at a glance: the locale's short date, its year in four
    // digits, and its short time.
    static QString listDateTime(const QDateTime &when);
    // A QLocale date format with every year in four digits: a system's own settings may give a two-digit one, and then
    // 1931 and 2031 read the same. Quoted text stays as it is, and so does a lone y (Qt reads it as a letter).
    static QString withFourDigitYears(const QString &format);

    static QIcon mediaIcon(Media media);
    static QIcon directionIcon(Direction direction);

    // A value this client does not know reads as its wire text, and has no icon.
    static QString direction(const WireValue<Direction> &direction)
    {
        return label(direction, &DisplayText::direction);
    }
    static QString media(const WireValue<Media> &media) { return label(media, &DisplayText::media); }
    static QString state(const WireValue<LifeCycleState> &state) { return label(state, &DisplayText::state); }
    static QString queueState(const WireValue<QueueState> &state) { return label(state, &DisplayText::queueState); }
    static QString referringEntity(const WireValue<ReferringEntity> &entity)
    {
        return label(entity, &DisplayText::referringEntity);
    }
    static QIcon mediaIcon(const WireValue<Media> &media)
    {
        return media.isKnown() ? mediaIcon(*media.known()) : QIcon();
    }
    static QIcon directionIcon(const WireValue<Direction> &direction)
    {
        return direction.isKnown() ? directionIcon(*direction.known()) : QIcon();
    }

private:
    template<class E>
    static QString label(const WireValue<E> &value, QString (*known)(E))
    {
        return value.isKnown() ? known(*value.known()) : value.text();
    }
};

} // namespace commdesk
