#pragma once

#include "Enums.h"

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
    // Local time, in the user's short format; "" for an invalid date.
    static QString dateTime(const QDateTime &when);

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
