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
};

} // namespace commdesk
