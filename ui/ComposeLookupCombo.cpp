#include "ComposeLookupCombo.h"

namespace commdesk {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKeptRole = Qt::UserRole + 1; // the entry that stands for a choice the list does not hold

} // namespace

ComposeLookupCombo::ComposeLookupCombo(const QString &noneText, QWidget *parent)
    : QComboBox(parent)
    , m_noneText(noneText)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    showChoice();
    connect(this, &QComboBox::activated, this, [this](int index) {
        // Picking the entry of the kept choice keeps it; any other entry replaces it.
        m_useSet = itemData(index, kKeptRole).toBool();
        Q_EMIT chosen();
    });
}

void ComposeLookupCombo::setItems(const QList<Item> &items)
{
    if (!m_useSet) {
        m_set = choice();
        m_useSet = true;
    }
    m_items = items;
    m_loaded = true;
    showChoice();
}

void ComposeLookupCombo::setChoice(const std::optional<ComposeChoice> &choice)
{
    m_set = choice;
    m_useSet = true;
    showChoice();
}

std::optional<ComposeChoice> ComposeLookupCombo::choice() const
{
    if (m_useSet)
        return m_set;
    const int index = currentIndex();
    const QString id = itemData(index, kIdRole).toString();
    if (index <= 0 || id.isEmpty())
        return std::nullopt;
    return ComposeChoice {Identifier::byId(id), itemText(index)};
}

QVariant ComposeLookupCombo::choiceData() const
{
    const int index = m_useSet && m_set ? indexOf(m_set->ref) : currentIndex();
    if (index <= 0 || index > m_items.size())
        return {};
    return m_items.at(index - 1).data;
}

bool ComposeLookupCombo::selectId(const QString &id)
{
    const int index = indexOf(Identifier::byId(id));
    if (index <= 0)
        return false;
    setChoice(ComposeChoice {Identifier::byId(id), m_items.at(index - 1).label});
    return true;
}

int ComposeLookupCombo::indexOf(const Identifier &ref) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (ref.field == QLatin1StringView("id") ? item.id == ref.value : item.names.contains(ref.value))
            return int(i + 1);
    }
    return -1;
}

void ComposeLookupCombo::showChoice()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(m_noneText);
    for (const Item &item : std::as_const(m_items))
        addItem(item.label, item.id);
    if (!m_set) {
        setCurrentIndex(0);
        return;
    }
    int index = indexOf(m_set->ref);
    if (index < 0) {
        addItem(m_set->label.isEmpty() ? m_set->ref.toString() : m_set->label);
        index = count() - 1;
        setItemData(index, true, kKeptRole);
    }
    setCurrentIndex(index);
}

} // namespace commdesk
