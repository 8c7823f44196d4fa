#include "SearchResultsView.h"

#include "CommunicationSearch.h"
#include "MarkedTextDelegate.h"
#include "PaneNavigation.h"
#include "SearchResultModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace commdesk {

SearchResultsView::SearchResultsView(CommunicationSearch *search, QWidget *parent)
    : QWidget(parent)
    , m_search(search)
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_back(new QPushButton(tr("Back to the list"), this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_view->setModel(search->results());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegate(new MarkedTextDelegate(m_view));
    m_view->setAccessibleName(tr("Search results"));
    panes::leaveOnTab(m_view);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SearchResultModel::Number, 100);
    m_view->setColumnWidth(SearchResultModel::Subject, 260);
    m_view->setColumnWidth(SearchResultModel::Contact, 180);
    m_view->setColumnWidth(SearchResultModel::Category, 130);
    m_view->setColumnWidth(SearchResultModel::Date, 170);
    m_back->setToolTip(tr("Close the search and show the list again (Esc)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_back, &QPushButton::clicked, this, &SearchResultsView::closeRequested);
    connect(m_view, &QTreeView::activated, this, &SearchResultsView::openCurrent);
    connect(search, &CommunicationSearch::searched, this, [this] {
        m_lookupError.clear();
        showStatus();
    });
    connect(search, &CommunicationSearch::lookupFailed, this, [this](const QString &, const QString &message) {
        m_lookupError = message;
        showStatus();
    });
    showStatus();
}

void SearchResultsView::showStatus()
{
    const int found = m_search->results()->rowCount();
    const QString typed = m_search->typed().trimmed();
    QString text;
    if (typed.isEmpty())
        text = tr("Type a word, a name or a number to search every communication CommDesk has loaded or opened.");
    else if (found == 0 && m_search->isSearching())
        text = tr("Searching for “%1”…").arg(typed);
    else if (found == 0)
        text = tr("Nothing found for “%1”. CommDesk searches what it has loaded or opened on this computer; a "
                  "communication number (CM004902) or a contact number (CI000271) is also looked up on the server.")
                   .arg(typed);
    else if (found >= CommunicationSearch::kResults)
        text = tr("The best %1 results for “%2”, across all categories and contacts.").arg(found).arg(typed);
    else
        text = tr("%n result(s) for “%1”, across all categories and contacts.", nullptr, found).arg(typed);
    if (!m_lookupError.isEmpty())
        text += QLatin1Char(' ') + tr("The server could not be asked: %1").arg(m_lookupError);
    m_status->setText(text);
}

void SearchResultsView::focusResults()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_search->results()->rowCount() > 0)
        m_view->setCurrentIndex(m_search->results()->index(0, 0)); // and it opens
}

void SearchResultsView::openCurrent()
{
    const SearchHit *hit = m_search->results()->hitAt(m_view->currentIndex().row());
    if (hit)
        Q_EMIT openRequested(hit->id, hit->number);
}

void SearchResultsView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace commdesk
