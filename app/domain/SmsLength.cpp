#include "SmsLength.h"

#include <QList>
#include <QStringView>

namespace commdesk {

namespace {

// GSM 03.38 basic character set, as Unicode (0x1B, the escape, is left out).
constexpr char16_t kBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                              u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr char16_t kExtension[] = u"\f^{}\\[~]|€";

bool contains(const char16_t *table, char32_t c)
{
    if (c > 0xFFFF)
        return false;
    for (const char16_t *p = table; *p; ++p) {
        if (*p == c)
            return true;
    }
    return false;
}

} // namespace

bool SmsLength::isGsmBasic(char32_t c)
{
    return contains(kBasic, c);
}

bool SmsLength::isGsmExtension(char32_t c)
{
    return contains(kExtension, c);
}

SmsLength SmsLength::measure(const QString &text)
{
    SmsLength length;
    int septets = 0;
    bool gsm = true;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isGsmBasic(c)) {
            septets += 1;
        } else if (isGsmExtension(c)) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    if (gsm) {
        length.encoding = Encoding::Gsm7;
        length.units = septets;
        length.perSegment = septets <= 160 ? 160 : 153;
    } else {
        length.encoding = Encoding::Ucs2;
        length.units = int(text.size());
        length.perSegment = length.units <= 70 ? 70 : 67;
    }
    length.segments = length.units == 0 ? 0 : (length.units + length.perSegment - 1) / length.perSegment;
    length.remainingInSegment = length.segments == 0 ? length.perSegment
                                                     : length.segments * length.perSegment - length.units;
    return length;
}

} // namespace commdesk
