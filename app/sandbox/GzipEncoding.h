#pragma once

#include <QByteArray>

namespace commdesk {

// HTTP compression of the sandbox's answers, as real servers behind a web server do: Qt's client asks
// for gzip by itself (Accept-Encoding: gzip, deflate) and a page of a hundred communications shrinks
// about tenfold. Built on qCompress (Qt's zlib) so that the sandbox needs no other library.
namespace GzipEncoding {

// Whether an Accept-Encoding header value accepts gzip (a q=0 refuses it).
bool accepts(const QByteArray &acceptEncoding);
// `data` as a gzip member (RFC 1952).
QByteArray compress(const QByteArray &data);
// Answers smaller than this go as they are: compressing them saves less than it costs.
inline constexpr qsizetype kMinimumBytes = 1024;

} // namespace GzipEncoding

} // namespace commdesk
