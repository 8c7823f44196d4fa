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
    // The units of each character: GSM-7 septets (an extension character is an escape and the
    // character) until one character is outside the GSM alphabet, then UTF-16 code units.
    const QList<uint> characters = QStringView(text).toUcs4();
    QList<int> sizes;
    sizes.reserve(characters.size());
    bool gsm = true;
    for (const char32_t c : characters) {
        if (isGsmBasic(c)) {
            sizes.append(1);
        } else if (isGsmExtension(c)) {
            sizes.append(2);
        } else {
            gsm = false;
            break;
        }
    }
    if (!gsm) {
        sizes.clear();
        for (const char32_t c : characters)
            sizes.append(c > 0xFFFF ? 2 : 1);
    }
    SmsLength length;
    length.encoding = gsm ? Encoding::Gsm7 : Encoding::Ucs2;
    for (const int size : std::as_const(sizes))
        length.units += size;
    const int single = gsm ? 160 : 70;
    const int part = gsm ? 153 : 67;
    if (length.units <= single) {
        length.perSegment = single;
        length.segments = length.units == 0 ? 0 : 1;
        length.remainingInSegment = single - length.units;
        return length;
    }
    // A concatenated message: an escape sequence or a surrogate pair is never split between two
    // parts (3GPP TS 23.038, as phones and gateways segment), so a part may end one unit short.
    length.perSegment = part;
    length.segments = 1;
    int used = 0;
    for (const int size : std::as_const(sizes)) {
        if (used + size > part) {
            ++length.segments;
            used = 0;
        }
        used += size;
    }
    length.remainingInSegment = part - used;
    return length;
}

} // namespace commdesk
