#pragma once

#include "SmsLength.h"

#include <QLabel>

#include <optional>

namespace commdesk {

// How long the content is: for SMS, characters, parts and encoding (GSM-7 or Unicode, SmsLength);
// for any media, a warning past the character_limit of the chosen queue external system
// (docs/api-contract.md "Configuration look-ups"). The limit counts characters (code points), which is what the
// external systems' descriptions promise; SMS parts are counted in the encoding's own units.
class SmsCounterLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SmsCounterLabel(QWidget *parent = nullptr);

    void setSms(bool sms);
    // systemName: the external system the limit belongs to, for the warning.
    void setCharacterLimit(std::optional<int> limit, const QString &systemName = {});
    void measure(const QString &content);

    const SmsLength &length() const { return m_length; }
    int characters() const { return m_characters; }
    bool isOverLimit() const { return m_limit && m_characters > *m_limit; }

private:
    void refresh();

    bool m_sms = false;
    std::optional<int> m_limit;
    QString m_systemName;
    SmsLength m_length;
    int m_characters = 0;
};

} // namespace commdesk
