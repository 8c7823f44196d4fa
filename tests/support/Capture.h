#pragma once

#include "Result.h"
#include "Wait.h"

#include <functional>
#include <memory>
#include <optional>

// Catches the outcome of an asynchronous call so a test can wait for it with WAIT_VERIFY (Wait.h).
template<class T>
class Capture
{
public:
    std::function<void(const commdesk::Result<T> &)> handler()
    {
        return [state = m_state](const commdesk::Result<T> &result) {
            state->result.emplace(result);
            ++state->calls;
        };
    }
    bool done() const { return m_state->result.has_value(); }
    int calls() const { return m_state->calls; }
    const commdesk::Result<T> &result() const { return *m_state->result; }
    bool ok() const { return done() && result().ok(); }
    const T &value() const { return result().value(); }
    const commdesk::ApiError &error() const { return result().error(); }

private:
    struct State
    {
        std::optional<commdesk::Result<T>> result;
        int calls = 0;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};
