#pragma once

#include <QString>

namespace commdesk {

// How long a text is as an SMS: GSM 03.38 (7-bit, 160 per message, 153 per part of a
// concatenated one; characters of the extension table count twice) or UCS-2 as soon as one
// character is outside the GSM alphabet (70 per message, 67 per part; characters outside the
// BMP count twice).
struct SmsLength
{
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets for GSM-7, UTF-16 code units for UCS-2
    int segments = 0; // 0 for an empty text
    int perSegment = 160; // capacity of one segment in the current encoding and message count
    int remainingInSegment = 160;

    static SmsLength measure(const QString &text);
    // True for characters of the GSM default alphabet (basic table).
    static bool isGsmBasic(char32_t c);
    static bool isGsmExtension(char32_t c);
};

} // namespace commdesk
