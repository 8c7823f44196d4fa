#include "ComposeRequest.h"

#include "ComposeTemplatePreview.h"

namespace commdesk {

namespace {

// Placeholders typed into an explicit subject or content would reach the customer as they are
// (the server fills only what it takes from the template): resolve them for the looked-up contact.
QString resolved(const QString &text, const ComposeContext &context)
{
    if (!context.contact || !ComposeTemplatePreview::hasPlaceholders(text))
        return text;
    return ComposeTemplatePreview::resolve(text, *context.contact).text;
}

bool namesCategory(const ComposeChoice &choice, const std::optional<Category> &category)
{
    if (!category)
        return false;
    const Identifier &ref = choice.ref;
    return (ref.field == QLatin1StringView("id") && ref.value == category->id)
        || (ref.field == QLatin1StringView("name") && ref.value == category->name)
        || (ref.field == QLatin1StringView("code") && ref.value == category->code);
}

std::optional<Identifier> identifierOf(const QString &text)
{
    return Identifier::parse(text.trimmed());
}

Patch<Identifier> identifierPatch(const QString &text)
{
    const std::optional<Identifier> identifier = identifierOf(text);
    return identifier ? Patch<Identifier>(*identifier) : Patch<Identifier>::cleared();
}

Patch<ReferringTo> referringPatch(const ComposeForm &form)
{
    if (!form.referringEntity || form.referringNumber.trimmed().isEmpty())
        return Patch<ReferringTo>::cleared();
    return ReferringTo {*form.referringEntity, {}, form.referringNumber.trimmed()};
}

template<class T>
Patch<T> optionalPatch(const std::optional<T> &value)
{
    return value ? Patch<T>(*value) : Patch<T>::cleared();
}

template<class T, class Parse>
Patch<T> parsedPatch(const QString &text, Parse parse)
{
    const auto value = parse(text);
    return value ? Patch<T>(*value) : Patch<T>::cleared();
}

Patch<QString> textPatch(const QString &text)
{
    return text.trimmed().isEmpty() ? Patch<QString>::cleared() : Patch<QString>(text);
}

// Keeps only what is set: a create has nothing to clear.
template<class T>
Patch<T> setOnly(const Patch<T> &patch)
{
    return patch.hasValue() ? patch : Patch<T>();
}

// A member a template may give. Without the template sent, it goes when it changed; with it, when it
// differs from what the template gives (the server applies the template first, docs/api-contract.md "Communications"),
// and an emptied one is left to the template.
template<class T>
Patch<T> templatedPatch(bool templateSent, bool templateGives, bool equalsTemplate, bool changed, bool empty,
                        const T &value)
{
    if (templateSent && templateGives) {
        if (equalsTemplate || empty)
            return {};
        return value;
    }
    if (!changed)
        return {};
    return empty ? Patch<T>::cleared() : Patch<T>(value);
}

struct TemplatedMembers
{
    bool sent = false;
    const Template *known = nullptr; // null: sent, but what it gives is unknown (assume everything)

    bool gives(bool givenByKnown) const { return sent && (!known || givenByKnown); }
};

void applyTemplated(CommunicationInput &in, const ComposeForm &before, const ComposeForm &form,
                    const ComposeContext &context, const TemplatedMembers &tpl)
{
    const Template *t = tpl.known;
    in.direction = templatedPatch(tpl.sent, tpl.gives(t && t->direction), t && t->direction == form.direction,
                                  before.direction != form.direction, !form.direction,
                                  form.direction.value_or(Direction::Outgoing));
    in.media = templatedPatch(tpl.sent, tpl.gives(t && t->media), t && t->media == form.media,
                              before.media != form.media, !form.media, form.media.value_or(Media::Email));
    in.category = templatedPatch(
        tpl.sent, tpl.gives(t && t->category), t && form.category && namesCategory(*form.category, t->category),
        before.category != form.category, !form.category, form.category ? form.category->ref : Identifier());
    in.subject = templatedPatch(tpl.sent, tpl.gives(t && !t->subject.isEmpty()), t && t->subject == form.subject,
                                before.subject != form.subject, form.subject.trimmed().isEmpty(),
                                resolved(form.subject, context));
    in.content = templatedPatch(tpl.sent, tpl.gives(t && !t->content.isEmpty()), t && t->content == form.content,
                                before.content != form.content, form.content.trimmed().isEmpty(),
                                resolved(form.content, context));
}

// The members no template gives, as patches from `before` to `form`; everything counts as changed
// when before is null (a create).
void applyPlain(CommunicationInput &in, const ComposeForm *before, const ComposeForm &form)
{
    const auto changed = [before, &form](auto member) { return !before || before->*member != form.*member; };
    if (changed(&ComposeForm::externalSystem))
        in.externalSystem =
            form.externalSystem ? Patch<Identifier>(form.externalSystem->ref) : Patch<Identifier>::cleared();
    if (changed(&ComposeForm::to))
        in.to = textPatch(form.to.trimmed());
    if (changed(&ComposeForm::notes))
        in.notes = textPatch(form.notes);
    if (changed(&ComposeForm::ownedByGroup))
        in.ownedByGroup = identifierPatch(form.ownedByGroup);
    if (changed(&ComposeForm::privacyLevel))
        in.privacyLevel = identifierPatch(form.privacyLevel);
    for (std::size_t i = 0; i < form.udfStrings.size(); ++i) {
        if (!before || before->udfStrings[i] != form.udfStrings[i])
            in.udfStrings[i] = textPatch(form.udfStrings[i]);
    }
    for (std::size_t i = 0; i < form.udfFloats.size(); ++i) {
        if (!before || before->udfFloats[i] != form.udfFloats[i])
            in.udfFloats[i] = parsedPatch<double>(form.udfFloats[i], &ComposeValues::parseNumber);
    }
    for (std::size_t i = 0; i < form.udfDates.size(); ++i) {
        if (!before || before->udfDates[i] != form.udfDates[i])
            in.udfDates[i] = parsedPatch<QDateTime>(form.udfDates[i], &ComposeValues::parseDate);
    }
    if (!before || before->referringEntity != form.referringEntity || before->referringNumber != form.referringNumber)
        in.referringTo = referringPatch(form);
}

void withoutClears(CommunicationInput &in)
{
    in.externalSystem = setOnly(in.externalSystem);
    in.to = setOnly(in.to);
    in.notes = setOnly(in.notes);
    in.ownedByGroup = setOnly(in.ownedByGroup);
    in.privacyLevel = setOnly(in.privacyLevel);
    for (auto &patch : in.udfStrings)
        patch = setOnly(patch);
    for (auto &patch : in.udfFloats)
        patch = setOnly(patch);
    for (auto &patch : in.udfDates)
        patch = setOnly(patch);
    in.referringTo = setOnly(in.referringTo);
    in.direction = setOnly(in.direction);
    in.media = setOnly(in.media);
    in.category = setOnly(in.category);
    in.subject = setOnly(in.subject);
    in.content = setOnly(in.content);
}

QList<UnrestrictedParameterChange> parameterChanges(const QList<ComposeParameterRow> &before,
                                                    const QList<ComposeParameterRow> &after)
{
    QList<UnrestrictedParameterChange> removes;
    QList<UnrestrictedParameterChange> updates;
    QList<UnrestrictedParameterChange> adds;
    for (const ComposeParameterRow &old : before) {
        const auto kept = std::find_if(after.cbegin(), after.cend(),
                                       [&](const ComposeParameterRow &row) { return row.id == old.id; });
        if (kept == after.cend())
            removes.append({ParameterAction::Remove, Identifier::byId(old.id), {}});
        else if (*kept != old)
            updates.append({ParameterAction::Update, Identifier::byId(old.id), ComposeRequest::parameterOf(*kept)});
    }
    for (const ComposeParameterRow &row : after) {
        if (row.id.isEmpty())
            adds.append({ParameterAction::Add, {}, ComposeRequest::parameterOf(row)});
    }
    // Removals and renames first, so that an added parameter may take a name that was just freed.
    return removes + updates + adds;
}

} // namespace

Identifier ComposeRequest::contact(const ComposeForm &form)
{
    return Identifier(form.contactField, form.contactValue.trimmed());
}

UnrestrictedParameter ComposeRequest::parameterOf(const ComposeParameterRow &row)
{
    UnrestrictedParameter parameter;
    parameter.name = row.name.trimmed();
    parameter.type = row.type;
    switch (row.type) {
    case ParameterType::String:
        parameter.value = row.value;
        break;
    case ParameterType::Float:
        if (const auto value = ComposeValues::parseNumber(row.value))
            parameter.value = *value;
        break;
    case ParameterType::Integer:
        if (const auto value = ComposeValues::parseInteger(row.value))
            parameter.value = *value;
        break;
    case ParameterType::Date:
        if (const auto value = ComposeValues::parseDate(row.value))
            parameter.value = *value;
        break;
    }
    return parameter;
}

CommunicationInput ComposeRequest::forCreate(const ComposeForm &form, const ComposeContext &context,
                                             LifeCycleState state)
{
    CommunicationInput in;
    TemplatedMembers tpl;
    if (form.templateChoice) {
        in.templateId = form.templateChoice->ref;
        tpl.sent = true;
        tpl.known = context.appliedTemplate ? &*context.appliedTemplate : nullptr;
    }
    applyTemplated(in, ComposeForm(), form, context, tpl);
    applyPlain(in, nullptr, form);
    withoutClears(in);
    for (const ComposeParameterRow &row : form.parameters)
        in.newParameters.append(parameterOf(row));
    in.lifeCycleState = state;
    return in;
}

CommunicationInput ComposeRequest::forUpdate(const ComposeForm &original, const ComposeForm &form,
                                             const ComposeContext &context, std::optional<LifeCycleState> state)
{
    CommunicationInput in;
    TemplatedMembers tpl;
    if (original.templateChoice != form.templateChoice) {
        in.templateId = optionalPatch(form.templateChoice ? std::optional(form.templateChoice->ref) : std::nullopt);
        tpl.sent = form.templateChoice.has_value();
        tpl.known = tpl.sent && context.appliedTemplate ? &*context.appliedTemplate : nullptr;
    }
    applyTemplated(in, original, form, context, tpl);
    applyPlain(in, &original, form);
    in.parameterChanges = parameterChanges(original.parameters, form.parameters);
    if (state)
        in.lifeCycleState = *state;
    return in;
}

} // namespace commdesk
