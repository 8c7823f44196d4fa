#pragma once

#include "CommunicationInput.h"
#include "OptionReader.h"

namespace commdesk {

// Reads the options of `communications create` and `communications update` into the domain's
// CommunicationInput (docs/cli.md). An empty value clears the member on update (sent as null) and
// leaves it out on create. Problems end up in the reader's error.
class CommunicationInputReader
{
    Q_DECLARE_TR_FUNCTIONS(CommunicationInputReader)

public:
    enum class Mode { Create, Update };

    CommunicationInputReader(OptionReader &reader, Mode mode)
        : m_reader(reader)
        , m_mode(mode)
    { }

    CommunicationInput read();

private:
    // True when the option was left out, or given empty (then cleared on update): nothing more to read.
    template<class T>
    bool absentOrCleared(const QString &option, Patch<T> &member);
    void readIdentifier(const QString &option, IdentifierKind kind, Patch<Identifier> &member);
    void readText(const QString &option, Patch<QString> &member);
    void readContent(CommunicationInput &input);
    void readUserDefinedFields(CommunicationInput &input);
    void readReferringTo(Patch<ReferringTo> &member);
    void readParameters(CommunicationInput &input);
    // `NAME:TYPE=VALUE`, the form of --parameter and --update-parameter.
    std::optional<UnrestrictedParameter> parameter(const QString &option, const QString &text);

    OptionReader &m_reader;
    Mode m_mode;
};

} // namespace commdesk
