// The start-up baseline: a bare Qt Widgets program that opens one window
// with a 10,000-row table and nothing else, printing the time from main() to
// its first paint the way `rankwise --quit-after-first-paint` does. Rankwise
// must start no slower than twice this, measured in the same run
// (tests/bench/run, docs/performance.md).
//
//   rankwise-baseline-table [ROWS]

#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QScreen>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// Four columns of text per row, made up front like a program that has
// read its rows from somewhere.
class RowsModel : public QAbstractTableModel
{
public:
    explicit RowsModel(int rows)
    {
        m_rows.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            m_rows.append({QStringLiteral("Program %1").arg(r),
                           QStringLiteral("Institution %1").arg(r % 997),
                           QStringLiteral("City %1").arg(r % 211), QString::number(r % 17)});
        }
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 4;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return m_rows.at(index.row()).at(index.column());
    }

private:
    QList<QStringList> m_rows;
};

// Prints the time of the first paint and quits once it has been handled.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceStart)
        : QObject(window)
        , m_sinceStart(sinceStart)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("first paint after %.1f ms\n",
                            double(m_sinceStart.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 10000;

    RowsModel model(rows);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
    // The size Rankwise takes on a first start (MainWindow::restoreLayout()),
    // so that both paint as much.
    const QRect available = view.screen()->availableGeometry();
    if (available.width() <= 1600)
        view.setGeometry(available);
    else
        view.resize(1480, 940);
    new FirstPaint(&view, sinceStart);
    view.show();
    return app.exec();
}
