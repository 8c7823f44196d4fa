#pragma once

#include "Enums.h"
#include "WireEnum.h"

#include <QAnyStringView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace commdesk {

struct Communication;

// One line of the communications list: what its columns show and nothing more, compact because a
// list may hold a hundred thousand of them (docs/benchmarks.md "The list at scale"). The texts share
// one string, the date is a number, the enums a byte each; the detail pane fetches the whole
// communication. Read straight from a list page's JSON, without a Communication in between.
class CommunicationRow
{
public:
    CommunicationRow() = default;

    // The members of a list page's communication that a row keeps, as views into the reader's texts
    // (UTF-8 straight from the answer's bytes, or UTF-16 from a QJsonObject). Null views are missing.
    struct Members
    {
        QAnyStringView id;
        QAnyStringView number;
        QAnyStringView subject;
        QAnyStringView contactName;
        QAnyStringView contactFirstName;
        QAnyStringView contactLastName;
        QAnyStringView contactCompanyName;
        QAnyStringView contactNumber;
        QAnyStringView categoryName;
        QAnyStringView createdDate;
        std::optional<QAnyStringView> state; // present as a string, however unusual its text
        std::optional<QAnyStringView> direction;
        std::optional<QAnyStringView> media;
        std::optional<bool> viewed;
    };
    static CommunicationRow fromMembers(const Members &members);

    // A communication of a list page (only the members of CommunicationListModel::listFields()
    // matter), or of the offline copy (toJson()). Wrong types read as missing: a row never fails.
    static CommunicationRow fromJson(const QJsonObject &json);
    // What fromJson() would read as missing because of its type, as "member: expected …"; empty when
    // nothing. The offline copy is this program's own file: there, a wrong type means damage.
    static QString typeProblem(const QJsonObject &json);
    static CommunicationRow from(const Communication &communication);
    // The same members under the wire's names, dates in ISO 8601 UTC (what the offline copy keeps).
    QJsonObject toJson() const;

    QStringView id() const { return field(Id); }
    QStringView number() const { return field(Number); }
    QStringView subject() const { return field(Subject); }
    QStringView contactName() const { return field(ContactName); }
    QStringView contactNumber() const { return field(ContactNumber); }
    QStringView categoryName() const { return field(CategoryName); }
    std::optional<WireValue<LifeCycleState>> state() const { return wire<LifeCycleState>(m_state, StateText); }
    std::optional<WireValue<Direction>> direction() const { return wire<Direction>(m_direction, DirectionText); }
    std::optional<WireValue<Media>> media() const { return wire<Media>(m_media, MediaText); }
    std::optional<bool> viewed() const { return m_viewed < 0 ? std::nullopt : std::optional<bool>(m_viewed == 1); }
    QDateTime createdUtc() const;
    qint64 createdMSecs() const { return m_createdMs; } // kNoDate when missing
    // Completed and not yet viewed: shown in bold.
    bool isUnviewed() const { return m_state == code(LifeCycleState::Completed) && m_viewed == 0; }

    static constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

    friend bool operator==(const CommunicationRow &, const CommunicationRow &) = default;

private:
    enum Field : quint8 {
        Id,
        Number,
        Subject,
        ContactName,
        ContactNumber,
        CategoryName,
        StateText,
        DirectionText,
        MediaText,
        FieldCount
    };
    static constexpr quint8 kMissing = 0;
    static constexpr quint8 kUnknown = 0xff; // a value this client does not know: its text is kept

    template<class E>
    static constexpr quint8 code(E value)
    {
        return quint8(int(value) + 1);
    }
    template<class E>
    std::optional<WireValue<E>> wire(quint8 stored, Field text) const
    {
        if (stored == kMissing)
            return std::nullopt;
        if (stored == kUnknown)
            return WireValue<E>::fromText(field(text).toString());
        return WireValue<E>(E(stored - 1));
    }
    template<class E>
    static quint8 wireCode(const std::optional<QAnyStringView> &text);
    QStringView field(Field f) const
    {
        const quint16 begin = f == 0 ? 0 : m_ends[f - 1];
        return QStringView(m_text).sliced(begin, m_ends[f] - begin);
    }
    void pack(const std::array<QAnyStringView, FieldCount> &texts);

    QString m_text; // the fields one after another
    std::array<quint16, FieldCount> m_ends {}; // where each field ends in m_text
    qint64 m_createdMs = kNoDate;
    quint8 m_state = kMissing;
    quint8 m_direction = kMissing;
    quint8 m_media = kMissing;
    qint8 m_viewed = -1; // -1 missing, 0 false, 1 true
};

} // namespace commdesk

Q_DECLARE_TYPEINFO(commdesk::CommunicationRow, Q_RELOCATABLE_TYPE);
