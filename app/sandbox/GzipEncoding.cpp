#include "GzipEncoding.h"

#include <QList>

#include <array>

namespace commdesk::GzipEncoding {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

} // namespace

bool accepts(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        if (parts.first().trimmed().toLower() != "gzip")
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0)
                return false;
        }
        return true;
    }
    return false;
}

QByteArray compress(const QByteArray &data)
{
    // qCompress: a 4-byte length, then a zlib stream (2-byte header, raw deflate, 4-byte Adler-32).
    // A gzip member is the same raw deflate between its own header and trailer.
    const QByteArray zlib = qCompress(data, 1); // the fastest level: most of the gain, a fraction of the time
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray out;
    out.reserve(deflate.size() + 18);
    out.append("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10); // deflate, no name, no time, unknown OS
    out.append(deflate);
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

} // namespace commdesk::GzipEncoding
