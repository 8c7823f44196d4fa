#pragma once

#include "ApiClient.h"

// A client's options for tests that make a server unreachable on purpose: a GET is still tried
// three times, but the pauses between the attempts are milliseconds instead of the 0.5 s and 1 s
// of real use, which only tst_apifaults measures.
inline commdesk::ApiClientOptions quickRetries()
{
    commdesk::ApiClientOptions options;
    options.retryBaseDelay = std::chrono::milliseconds(5);
    options.maxRetryDelay = std::chrono::milliseconds(20);
    return options;
}
