// How the Browse tab holds up with 10,000 programs: opening the window and,
// above all, the work done for each keystroke in the filter box. Prints
// figures; asserts nothing (timings are not unit tests).

#include "benchdataset.h"
#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "search/programindex.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace rw;

namespace {

struct Stats
{
    QList<double> samples;
    void add(double ms) { samples.append(ms); }
    QString summary() const
    {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        return QStringLiteral("median %1 ms, max %2 ms")
            .arg(median, 0, 'f', 1)
            .arg(sorted.constLast(), 0, 'f', 1);
    }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::useIsolatedEnvironment();
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    test::TempDatabase temp;
    QElapsedTimer timer;
    timer.start();
    if (auto generated = bench::generateDataset(temp.db(), {count, 42}); !generated) {
        std::fprintf(stderr, "generating failed: %s\n", qPrintable(generated.message()));
        return 1;
    }
    std::printf("generated %d programs in %.0f ms\n", count, elapsedMs(timer));
    const QString path = temp.path();
    temp.close();

    timer.restart();
    MainWindow window(std::move(Database::open(path).value()));
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();
    std::printf("window open with %d programs: %.0f ms\n",
                int(window.browsePage()->programModel()->programs().size()), elapsedMs(timer));

    BrowsePage *browse = window.browsePage();
    QTreeView *view = browse->programView();
    const ProgramIndex &index = browse->programModel()->searchIndex();
    const QString typed = QStringLiteral("boston primary care");
    Stats match;
    Stats pass;
    Stats paint;
    Stats total;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            const QString text = typed.left(n);
            timer.restart();
            (void)index.match(text, {});
            match.add(elapsedMs(timer));

            // What one keystroke costs the window: match, filter the proxy,
            // expand, lay out and paint the visible rows.
            QElapsedTimer keystroke;
            keystroke.start();
            {
                const QSignalBlocker blocker(browse->filterEdit());
                browse->filterEdit()->setText(text);
            }
            timer.restart();
            browse->applyFilter();
            pass.add(elapsedMs(timer));
            timer.restart();
            view->viewport()->repaint();
            paint.add(elapsedMs(timer));
            total.add(elapsedMs(keystroke));
        }
        const QSignalBlocker blocker(browse->filterEdit());
        browse->filterEdit()->clear();
        browse->applyFilter();
    }
    std::printf("per keystroke, typing \"%s\" three times:\n", qPrintable(typed));
    std::printf("  index match only:               %s\n", qPrintable(match.summary()));
    std::printf("  filter pass (match+proxy+expand): %s\n", qPrintable(pass.summary()));
    std::printf("  repaint of the list:            %s\n", qPrintable(paint.summary()));
    std::printf("  whole keystroke:                %s\n", qPrintable(total.summary()));
    std::printf("(the filter runs on every keystroke while a pass stays under 40 ms, after a "
                "150 ms pause otherwise)\n");
    window.close();
    return 0;
}
