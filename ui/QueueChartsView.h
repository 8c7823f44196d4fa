#pragma once

#include "QueueHistoryStore.h"
#include "QueueThroughput.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QStackedWidget;
class QTableWidget;
class QChartView;
class QChart;
class QLineSeries;
class QStackedBarSeries;
class QBarSet;
class QDateTimeAxis;
class QValueAxis;
class QBarCategoryAxis;

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

Q_SIGNALS:
    void rangeChanged(commdesk::QueueChartsView::Range range);

private:
    // The charts in the colours of the theme in use.
    void applyPalette();
    void colourBars();
    void fillTable(const QList<QueueHistorySample> &samples, const QList<QueueThroughput::Bucket> &buckets);

    Range m_range = Range::Hour;
    QComboBox *m_rangeBox;
    QChart *m_backlogChart;
    QChart *m_throughputChart;
    QLineSeries *m_backlog;
    QDateTimeAxis *m_backlogX;
    QValueAxis *m_backlogY;
    QStackedBarSeries *m_throughput;
    QBarCategoryAxis *m_throughputX;
    QValueAxis *m_throughputY;
    QStackedWidget *m_stack; // the charts, or their figures as a table
    QTableWidget *m_table;
    QCheckBox *m_asTable;
};

} // namespace commdesk
