#pragma once

#include <optional>
#include <utility>

namespace commdesk {

// One member of an update request (docs/api-contract.md "Communications"): left out ("leave as is"), sent as null
// ("clear"), or sent with a value.
template<class T>
class Patch
{
public:
    Patch() = default; // absent: leave as is
    Patch(T value)
        : m_state(State::Set)
        , m_value(std::move(value))
    { }
    static Patch cleared()
    {
        Patch p;
        p.m_state = State::Clear;
        return p;
    }

    bool isAbsent() const { return m_state == State::Absent; }
    bool isCleared() const { return m_state == State::Clear; }
    bool hasValue() const { return m_state == State::Set; }
    const T &value() const { return *m_value; }

    friend bool operator==(const Patch &, const Patch &) = default;

private:
    enum class State { Absent, Clear, Set };
    State m_state = State::Absent;
    std::optional<T> m_value;
};

} // namespace commdesk
