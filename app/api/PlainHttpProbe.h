#pragma once

#include <QUrl>

#include <functional>

class QObject;

namespace commdesk {

class ApiClient;
class ApiError;

// An https:// address where a plain HTTP server listens, for the sign-in dialog's hint to try
// http:// instead. Some servers answer the TLS greeting with HTTP text, which the TLS library
// reports as a record of an unknown version (evident()); others just close the connection, so the
// same host and port are asked again in plain HTTP (probe()).
namespace PlainHttpProbe {

// The error itself says that plain HTTP answered an https:// address.
bool evident(const ApiError &error, const QUrl &server);
// Worth a probe: an https:// address that failed in the TLS handshake or by a dropped connection.
bool worthProbing(const ApiError &error, const QUrl &server);
// Asks the client's server in plain HTTP with nothing secret (no token, no password), through the
// client's proxy, within 5 seconds; `answered` runs only if something answered in HTTP, and never
// once `owner` is gone.
void probe(const ApiClient &client, QObject *owner, std::function<void()> answered);

} // namespace PlainHttpProbe

} // namespace commdesk
