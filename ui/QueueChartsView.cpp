#include "QueueChartsView.h"

#include "Accessibility.h"
#include "PaneNavigation.h"
#include "QueueThroughput.h"
#include "Theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace commdesk {

namespace {

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

} // namespace

QueueChartsView::QueueChartsView(QWidget *parent)
    : QWidget(parent)
    , m_rangeBox(new QComboBox(this))
    , m_backlogChart(makeChart(tr("Pending backlog")))
    , m_throughputChart(makeChart(tr("Completed and rejected")))
    , m_backlog(new QLineSeries)
    , m_backlogX(new QDateTimeAxis)
    , m_backlogY(new QValueAxis)
    , m_throughput(new QStackedBarSeries)
    , m_throughputX(new QBarCategoryAxis)
    , m_throughputY(new QValueAxis)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_asTable(new QCheckBox(tr("As a &table"), this))
{
    m_rangeBox->addItem(tr("Last hour"));
    m_rangeBox->addItem(tr("Last day"));
    m_rangeBox->setAccessibleName(tr("Chart range"));
    accessibility::labelComboBox(m_rangeBox);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setRange(index == 0 ? Range::Hour : Range::Day);
        Q_EMIT rangeChanged(m_range);
    });

    m_backlog->setName(tr("Pending"));
    m_backlogChart->addSeries(m_backlog);
    m_backlogX->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_backlogX->setTickCount(5);
    m_backlogY->setLabelFormat(QStringLiteral("%d"));
    m_backlogY->setMin(0);
    m_backlogChart->addAxis(m_backlogX, Qt::AlignBottom);
    m_backlogChart->addAxis(m_backlogY, Qt::AlignLeft);
    m_backlog->attachAxis(m_backlogX);
    m_backlog->attachAxis(m_backlogY);
    m_backlogChart->legend()->hide();

    m_throughputChart->addSeries(m_throughput);
    m_throughputChart->addAxis(m_throughputX, Qt::AlignBottom);
    m_throughputChart->addAxis(m_throughputY, Qt::AlignLeft);
    m_throughput->attachAxis(m_throughputX);
    m_throughput->attachAxis(m_throughputY);
    m_throughputY->setLabelFormat(QStringLiteral("%d"));
    m_throughputX->setLabelsAngle(-90);
    QFont small = m_throughputX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_throughputX->setLabelsFont(small);
    m_backlogX->setLabelsFont(small);

    auto *backlogView = new QChartView(m_backlogChart, this);
    auto *throughputView = new QChartView(m_throughputChart, this);
    for (QChartView *view : {backlogView, throughputView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    backlogView->setAccessibleName(tr("Pending backlog chart"));
    throughputView->setAccessibleName(tr("Completed and rejected chart"));

    // The same figures as a table, for a screen reader or anyone who wants the numbers.
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Queue history as a table"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Pending"), tr("Completed"), tr("Rejected")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    panes::leaveOnTab(m_table);
    m_asTable->setObjectName(QStringLiteral("historyAsTable"));
    m_asTable->setAccessibleName(tr("Show the history as a table"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>History</b>"), this);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_asTable);
    top->addWidget(m_rangeBox);
    layout->addLayout(top);
    auto *chartsPane = new QWidget(this);
    auto *charts = new QHBoxLayout(chartsPane);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(backlogView);
    charts->addWidget(throughputView);
    m_stack->addWidget(chartsPane);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    connect(m_asTable, &QCheckBox::toggled, this, [this](bool table) { m_stack->setCurrentIndex(table ? 1 : 0); });
    applyPalette();
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &QueueChartsView::applyPalette);
}

void QueueChartsView::fillTable(const QList<QueueHistorySample> &samples, const QList<QueueThroughput::Bucket> &buckets)
{
    m_table->setRowCount(int(buckets.size()));
    const qint64 seconds = bucketSeconds(m_range);
    for (int row = 0; row < buckets.size(); ++row) {
        const QueueThroughput::Bucket &bucket = buckets.at(row);
        // The backlog as the bucket ended: the last sample within it, else the one before.
        const QDateTime end = bucket.start.addSecs(seconds);
        std::optional<qint64> pending;
        for (const QueueHistorySample &sample : samples) {
            if (sample.at <= end)
                pending = sample.pending;
        }
        const QStringList cells = {QLocale().toString(bucket.start.toLocalTime().time(), QLocale::ShortFormat),
                                   pending ? QLocale().toString(*pending) : QStringLiteral("–"),
                                   QLocale().toString(bucket.completed), QLocale().toString(bucket.rejected)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

void QueueChartsView::applyPalette()
{
    // Qt Charts' own light or dark theme, then the application's colours over it (the theme resets them).
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    for (QChart *chart : {m_backlogChart, m_throughputChart}) {
        const QFont title = chart->titleFont();
        chart->setTheme(tones::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setTitleFont(title);
        chart->setBackgroundBrush(palette.color(QPalette::Base));
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setGridLineColor(palette.color(QPalette::Mid));
            axis->setLinePenColor(palette.color(QPalette::Mid));
        }
    }
    QPen pen(tones::color(tones::Tone::Warning, palette));
    pen.setWidth(2);
    m_backlog->setPen(pen);
    colourBars();
}

void QueueChartsView::colourBars()
{
    const QList<QBarSet *> sets = m_throughput->barSets();
    if (sets.size() == 2) { // completed, rejected
        sets.at(0)->setColor(tones::color(tones::Tone::Success));
        sets.at(1)->setColor(tones::color(tones::Tone::Error));
        for (QBarSet *set : sets)
            set->setBorderColor(set->color());
    }
}

void QueueChartsView::setRange(Range range)
{
    m_range = range;
    const QSignalBlocker blocker(m_rangeBox);
    m_rangeBox->setCurrentIndex(range == Range::Hour ? 0 : 1);
}

int QueueChartsView::backlogPointCount() const
{
    return int(m_backlog->count());
}

void QueueChartsView::setSamples(const QList<QueueHistorySample> &samples, const QDateTime &now)
{
    const QDateTime from = now.addSecs(-spanSeconds(m_range));
    QList<QPointF> points;
    qint64 maxPending = 0;
    for (const QueueHistorySample &sample : samples) {
        if (sample.at < from)
            continue;
        points.append(QPointF(double(sample.at.toMSecsSinceEpoch()), double(sample.pending)));
        maxPending = std::max(maxPending, sample.pending);
    }
    m_backlog->replace(points);
    m_backlogX->setRange(from.toLocalTime(), now.toLocalTime());
    m_backlogY->setRange(0, double(std::max<qint64>(5, maxPending + maxPending / 10 + 1)));

    const QList<QueueThroughput::Bucket> buckets = QueueThroughput::buckets(samples, from, now, bucketSeconds(m_range));
    m_throughput->clear();
    auto *completed = new QBarSet(tr("Completed"));
    auto *rejected = new QBarSet(tr("Rejected"));
    QStringList categories;
    qint64 maxTotal = 0;
    for (const QueueThroughput::Bucket &bucket : buckets) {
        completed->append(double(bucket.completed));
        rejected->append(double(bucket.rejected));
        categories.append(QLocale().toString(bucket.start.toLocalTime().time(), QLocale::ShortFormat));
        maxTotal = std::max(maxTotal, bucket.completed + bucket.rejected);
    }
    m_throughput->append(completed);
    m_throughput->append(rejected);
    fillTable(samples, buckets);
    colourBars();
    m_throughputX->setCategories(categories);
    m_throughputY->setRange(0, double(std::max<qint64>(5, maxTotal + maxTotal / 10 + 1)));
    const QString unit = m_range == Range::Hour ? tr("per 5 minutes") : tr("per hour");
    m_throughputChart->setTitle(tr("Completed and rejected %1").arg(unit));
}

} // namespace commdesk
