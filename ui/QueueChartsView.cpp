#include "QueueChartsView.h"

#include "Accessibility.h"
#include "PaneNavigation.h"
#include "QueueThroughput.h"
#include "Theme.h"

#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace commdesk {

namespace {

// The chart's title is a label above it, which wraps where Qt Charts would cut the title short.
QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QLabel *makeTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}

// The room one time label needs beside the next, so that none is cut to "1…".
qreal timeLabelRoom(const QFont &font)
{
    const QFontMetricsF metrics(font);
    return metrics.horizontalAdvance(QLocale().toString(QTime(23, 59), QLocale::ShortFormat)) + metrics.height();
}

} // namespace

QueueChartsView::QueueChartsView(QWidget *parent)
    : QWidget(parent)
    , m_rangeBox(new QComboBox(this))
    , m_backlogChart(makeChart())
    , m_throughputChart(makeChart())
    , m_backlogTitle(makeTitle(tr("Pending backlog"), this))
    , m_throughputTitle(makeTitle(tr("Completed and rejected"), this))
    , m_backlog(new QLineSeries)
    , m_backlogX(new QDateTimeAxis)
    , m_backlogY(new QValueAxis)
    , m_throughput(new QStackedBarSeries)
    , m_throughputX(new QCategoryAxis)
    , m_throughputY(new QValueAxis)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_asTable(new QCheckBox(tr("As a &table"), this))
    , m_chartPicker(new QTabBar(this))
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
    // Bars stand at 0, 1, 2…; the time labels go on the bucket boundaries (fitTimeLabels).
    m_throughputX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QFont small = m_throughputX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_throughputX->setLabelsFont(small);
    m_backlogX->setLabelsFont(small);

    auto *backlogView = new QChartView(m_backlogChart, this);
    auto *throughputView = new QChartView(m_throughputChart, this);
    m_backlogView = backlogView;
    m_throughputView = throughputView;
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
    // Too narrow for both charts side by side, one is shown at a time, chosen by the tabs above it.
    m_chartPicker->setObjectName(QStringLiteral("historyChartPicker"));
    m_chartPicker->setAccessibleName(tr("Chart"));
    m_chartPicker->addTab(tr("Pending"));
    m_chartPicker->addTab(tr("Completed and rejected"));
    m_chartPicker->setTabToolTip(0, tr("Pending backlog"));
    m_chartPicker->setTabToolTip(1, tr("Completed and rejected"));
    m_chartPicker->setExpanding(false);
    m_chartPicker->setElideMode(Qt::ElideRight);
    m_chartPicker->setDocumentMode(true);
    connect(m_chartPicker, &QTabBar::currentChanged, this, &QueueChartsView::arrangeCharts);
    m_chartsPane = new QWidget(this);
    auto *charts = new QGridLayout(m_chartsPane);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setVerticalSpacing(2);
    charts->addWidget(m_chartPicker, 0, 0, 1, 2);
    charts->addWidget(m_backlogTitle, 1, 0);
    charts->addWidget(m_throughputTitle, 1, 1);
    charts->addWidget(backlogView, 2, 0);
    charts->addWidget(throughputView, 2, 1);
    charts->setRowStretch(2, 1);
    m_chartsPane->installEventFilter(this);
    for (QChart *chart : {m_backlogChart, m_throughputChart})
        connect(chart, &QChart::plotAreaChanged, this, &QueueChartsView::fitTimeLabels);
    m_stack->addWidget(m_chartsPane);
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
        chart->setTheme(tones::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette.color(QPalette::Base));
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
    m_bucketStarts.clear();
    qint64 maxTotal = 0;
    for (const QueueThroughput::Bucket &bucket : buckets) {
        completed->append(double(bucket.completed));
        rejected->append(double(bucket.rejected));
        m_bucketStarts.append(bucket.start);
        maxTotal = std::max(maxTotal, bucket.completed + bucket.rejected);
    }
    m_throughput->append(completed);
    m_throughput->append(rejected);
    fillTable(samples, buckets);
    colourBars();
    m_bucketsPerLabel = 0; // labelled anew
    fitTimeLabels();
    m_throughputY->setRange(0, double(std::max<qint64>(5, maxTotal + maxTotal / 10 + 1)));
    const QString unit = m_range == Range::Hour ? tr("per 5 minutes") : tr("per hour");
    m_throughputTitle->setText(tr("Completed and rejected %1").arg(unit));
}

bool QueueChartsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsPane && event->type() == QEvent::Resize)
        arrangeCharts();
    return QWidget::eventFilter(watched, event);
}

void QueueChartsView::arrangeCharts()
{
    const bool sideBySide = m_chartsPane->width() >= 2 * minimumChartWidth;
    const bool backlog = sideBySide || m_chartPicker->currentIndex() == 0;
    const bool throughput = sideBySide || m_chartPicker->currentIndex() == 1;
    m_chartPicker->setVisible(!sideBySide);
    m_backlogTitle->setVisible(backlog);
    m_backlogView->setVisible(backlog);
    m_throughputTitle->setVisible(throughput);
    m_throughputView->setVisible(throughput);
}

bool QueueChartsView::isChartShown(Chart chart) const
{
    return (chart == Chart::Backlog ? m_backlogView : m_throughputView)->isVisibleTo(this);
}

void QueueChartsView::fitTimeLabels()
{
    // Qt Charts gives each label of an axis the axis's width divided by its number of points, and cuts a
    // longer label short; the points of the bars' axis are the labels and its start.
    const qreal room = timeLabelRoom(m_backlogX->labelsFont());
    const qreal backlogWidth = m_backlogChart->plotArea().width();
    m_backlogX->setTickCount(std::clamp(int(backlogWidth / room), 2, 5)); // at most quarter-hourly in an hour

    // The bars: a label on every first, second, third… bucket boundary, whichever is the first to fit.
    const auto count = int(m_bucketStarts.size());
    const qreal throughputWidth = m_throughputChart->plotArea().width();
    int every = 12;
    for (int step : {1, 2, 3, 4, 6}) {
        const int labels = (count + step - 1) / step;
        if (throughputWidth / (labels + 1) >= room) {
            every = step;
            break;
        }
    }
    if (every == m_bucketsPerLabel)
        return;
    m_bucketsPerLabel = every;
    for (const QString &label : m_throughputX->categoriesLabels())
        m_throughputX->remove(label);
    // A category ends where its label stands; the first starts a hair before the axis so that the left
    // edge can carry one too.
    m_throughputX->setStartValue(-0.5 - 1e-6);
    for (int i = 0; i < count; i += every)
        m_throughputX->append(QLocale().toString(m_bucketStarts.at(i).toLocalTime().time(), QLocale::ShortFormat),
                              i - 0.5);
    m_throughputX->setRange(-0.5, std::max(1, count) - 0.5);
}

QStringList QueueChartsView::timeLabels(Chart chart) const
{
    if (chart == Chart::Throughput)
        return m_throughputX->categoriesLabels();
    QStringList labels;
    const int ticks = m_backlogX->tickCount();
    const QDateTime min = m_backlogX->min();
    const qint64 span = min.msecsTo(m_backlogX->max());
    for (int i = 0; i < ticks; ++i)
        labels.append(min.addMSecs(span * i / std::max(1, ticks - 1)).toString(m_backlogX->format()));
    return labels;
}

QFont QueueChartsView::timeLabelsFont() const
{
    return m_backlogX->labelsFont();
}

qreal QueueChartsView::plotWidth(Chart chart) const
{
    return (chart == Chart::Backlog ? m_backlogChart : m_throughputChart)->plotArea().width();
}

} // namespace commdesk
