#include "SmsCounterLabel.h"

#include "Theme.h"

namespace commdesk {

SmsCounterLabel::SmsCounterLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("smsCounter"));
    setAccessibleName(tr("Message length"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    refresh();
}

void SmsCounterLabel::setSms(bool sms)
{
    m_sms = sms;
    refresh();
}

void SmsCounterLabel::setCharacterLimit(std::optional<int> limit, const QString &systemName)
{
    m_limit = limit;
    m_systemName = systemName;
    refresh();
}

void SmsCounterLabel::measure(const QString &content)
{
    m_length = SmsLength::measure(content);
    m_characters = int(content.toUcs4().size());
    refresh();
}

void SmsCounterLabel::refresh()
{
    QStringList parts;
    if (m_sms) {
        const QString encoding = m_length.encoding == SmsLength::Encoding::Gsm7 ? tr("GSM-7") : tr("Unicode");
        parts.append(tr("Characters: %1").arg(m_characters));
        parts.append(tr("SMS parts: %1").arg(m_length.segments));
        parts.append(tr("%1, %2 per part").arg(encoding).arg(m_length.perSegment));
        if (m_length.segments > 0)
            parts.append(tr("%1 left in this part").arg(m_length.remainingInSegment));
    } else if (m_limit) {
        parts.append(tr("Characters: %1 of %2").arg(m_characters).arg(*m_limit));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (isOverLimit()) {
        const QString system = m_systemName.isEmpty() ? tr("the external system") : m_systemName;
        text += QLatin1Char('\n')
            + tr("Too long for %1: it accepts %2 characters, this is %3 over.")
                  .arg(system)
                  .arg(*m_limit)
                  .arg(m_characters - *m_limit);
    }
    setText(text);
    theme::setTextTone(this, isOverLimit() ? std::optional(tones::Tone::Error) : std::nullopt);
    setAccessibleDescription(isOverLimit() ? tr("Over the character limit") : QString());
    setHidden(text.isEmpty());
}

} // namespace commdesk
