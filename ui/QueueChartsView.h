#pragma once

#include "QueueHistoryStore.h"
#include "QueueThroughput.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QStackedWidget;
class QTableWidget;
class QTabBar;
class QChartView;
class QChart;
class QLineSeries;
class QStackedBarSeries;
class QBarSet;
class QDateTimeAxis;
class QValueAxis;
class QCategoryAxis;
class QLabel;

namespace commdesk {

// Two charts over the last hour or day from the local history: the pending backlog, and the
// entries completed and rejected per interval.
class QueueChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Hour, Day };

    explicit QueueChartsView(QWidget *parent = nullptr);

    void setRange(Range range);
    Range range() const { return m_range; }
    void setSamples(const QList<QueueHistorySample> &samples, const QDateTime &now);
    // The span and bucket of a range.
    static qint64 spanSeconds(Range range) { return range == Range::Hour ? 3600 : 86400; }
    static qint64 bucketSeconds(Range range) { return range == Range::Hour ? 300 : 3600; }
    int backlogPointCount() const;

    // The time labels under a chart as it is laid out now, and the width they share.
    enum class Chart { Backlog, Throughput };
    QStringList timeLabels(Chart chart) const;
    qreal plotWidth(Chart chart) const;
    QFont timeLabelsFont() const;
    // Whether the chart is on screen: where both do not fit side by side, one is, chosen by tabs.
    bool isChartShown(Chart chart) const;
    static constexpr int minimumChartWidth = 230;

Q_SIGNALS:
    void rangeChanged(commdesk::QueueChartsView::Range range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrangeCharts();
    // The charts in the colours of the theme in use.
    void applyPalette();
    void colourBars();
    // As many time labels under each chart as fit side by side at its present width.
    void fitTimeLabels();
    void fillTable(const QList<QueueHistorySample> &samples, const QList<QueueThroughput::Bucket> &buckets);

    Range m_range = Range::Hour;
    QComboBox *m_rangeBox;
    QChart *m_backlogChart;
    QChart *m_throughputChart;
    QLabel *m_backlogTitle;
    QLabel *m_throughputTitle;
    QLineSeries *m_backlog;
    QDateTimeAxis *m_backlogX;
    QValueAxis *m_backlogY;
    QStackedBarSeries *m_throughput;
    QCategoryAxis *m_throughputX;
    QList<QDateTime> m_bucketStarts; // of the bars shown
    int m_bucketsPerLabel = 0; // 0: not labelled yet
    QValueAxis *m_throughputY;
    QStackedWidget *m_stack; // the charts, or their figures as a table
    QTableWidget *m_table;
    QCheckBox *m_asTable;
    QTabBar *m_chartPicker;
    QWidget *m_chartsPane = nullptr;
    QChartView *m_backlogView = nullptr;
    QChartView *m_throughputView = nullptr;
};

} // namespace commdesk
