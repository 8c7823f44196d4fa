#include "SavedView.h"

#include "Settings.h"
#include "WireEnum.h"

namespace commdesk {

namespace {

const QString kArray = QStringLiteral("savedViews");

std::optional<Identifier> readIdentifier(const QVariant &value)
{
    return Identifier::parse(value.toString());
}

} // namespace

bool SavedView::showsSameAs(const SavedView &other) const
{
    return category == other.category && contact == other.contact && direction == other.direction
        && media == other.media && quickFilter == other.quickFilter && columns == other.columns
        && sortColumn == other.sortColumn && sortOrder == other.sortOrder;
}

SavedViewStore::SavedViewStore(Settings *settings)
    : m_settings(settings)
{ }

QList<SavedView> SavedViewStore::views() const
{
    QSettings *s = m_settings->storage();
    QList<SavedView> result;
    const int count = s->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        s->setArrayIndex(i);
        SavedView view;
        view.name = s->value(QStringLiteral("name")).toString();
        view.category = readIdentifier(s->value(QStringLiteral("category")));
        view.contact = readIdentifier(s->value(QStringLiteral("contact")));
        view.title = s->value(QStringLiteral("title")).toString();
        view.direction = fromWire<Direction>(s->value(QStringLiteral("direction")).toString());
        view.media = fromWire<Media>(s->value(QStringLiteral("media")).toString());
        view.quickFilter = s->value(QStringLiteral("quickFilter")).toString();
        view.columns = s->value(QStringLiteral("columns")).toStringList();
        view.sortColumn = s->value(QStringLiteral("sortColumn")).toString();
        view.sortOrder = s->value(QStringLiteral("sortOrder")).toString() == QLatin1StringView("ascending")
            ? Qt::AscendingOrder
            : Qt::DescendingOrder;
        const bool duplicate =
            std::any_of(result.cbegin(), result.cend(), [&](const SavedView &v) { return v.name == view.name; });
        if (view.isValid() && !duplicate)
            result.append(view);
    }
    s->endArray();
    return result;
}

void SavedViewStore::write(const QList<SavedView> &views)
{
    QSettings *s = m_settings->storage();
    s->remove(kArray);
    s->beginWriteArray(kArray, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &view = views.at(i);
        s->setArrayIndex(i);
        s->setValue(QStringLiteral("name"), view.name);
        s->setValue(QStringLiteral("category"), view.category ? view.category->toString() : QString());
        s->setValue(QStringLiteral("contact"), view.contact ? view.contact->toString() : QString());
        s->setValue(QStringLiteral("title"), view.title);
        s->setValue(QStringLiteral("direction"), view.direction ? wireName(*view.direction) : QString());
        s->setValue(QStringLiteral("media"), view.media ? wireName(*view.media) : QString());
        s->setValue(QStringLiteral("quickFilter"), view.quickFilter);
        s->setValue(QStringLiteral("columns"), view.columns);
        s->setValue(QStringLiteral("sortColumn"), view.sortColumn);
        s->setValue(QStringLiteral("sortOrder"),
                    view.sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"));
    }
    s->endArray();
}

QString SavedViewStore::lastOpen() const
{
    return m_settings->value(setting::lastSavedView);
}

void SavedViewStore::setLastOpen(const QString &name)
{
    m_settings->setValue(setting::lastSavedView, name);
}

} // namespace commdesk
