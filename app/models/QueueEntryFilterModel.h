#pragma once

#include "Enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace commdesk {

// The monitor's filters over QueueEntryModel: state, media or external system, contact and error
// code. Contact and error code match as case-insensitive substrings.
class QueueEntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueEntryFilterModel(QObject *parent = nullptr);

    void setState(std::optional<QueueState> state);
    void setMedia(std::optional<Media> media); // clears the external system
    void setExternalSystemId(const QString &id); // clears the media
    void setContact(const QString &text);
    void setErrorCode(const QString &text);

    std::optional<QueueState> state() const { return m_state; }
    std::optional<Media> media() const { return m_media; }
    QString externalSystemId() const { return m_externalSystemId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    std::optional<QueueState> m_state;
    std::optional<Media> m_media;
    QString m_externalSystemId;
    QString m_contact;
    QString m_errorCode;
};

} // namespace commdesk
