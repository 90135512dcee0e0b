// How the Browse tab holds up with 10,000 programs: how soon the whole list
// is shown and searchable after the window opens, and above all the work
// done for each keystroke in the filter box (the goal: under 16 ms). Prints
// figures; asserts nothing (timings are not unit tests).
//
//   bench_browse [--db FILE | --programs N]
//
// Without --db it generates the benchmark data set (benchdataset.h) first.

#include "benchdataset.h"
#include "benchsupport.h"
#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "search/programindex.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace rw;
using bench::elapsedMs;
using bench::median;

namespace {

QString summary(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return QStringLiteral("median %1 ms, max %2 ms")
        .arg(median(samples), 0, 'f', 1)
        .arg(samples.constLast(), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::useIsolatedEnvironment();
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("database to browse (not changed)"),
                                      QStringLiteral("file"));
    const QCommandLineOption programsOption(QStringLiteral("programs"),
                                            QStringLiteral("programs to generate without --db"),
                                            QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOptions({dbOption, programsOption});
    parser.addHelpOption();
    parser.process(app);

    std::unique_ptr<test::TempDatabase> temp;
    QString path = parser.value(dbOption);
    QElapsedTimer timer;
    if (path.isEmpty()) {
        temp = std::make_unique<test::TempDatabase>();
        const int count = parser.value(programsOption).toInt();
        timer.start();
        if (auto generated = bench::generateDataset(temp->db(), {count, 42}); !generated) {
            std::fprintf(stderr, "generating failed: %s\n", qPrintable(generated.message()));
            return 1;
        }
        std::printf("generated %d programs in %.0f ms\n", count, elapsedMs(timer));
        path = temp->path();
        temp->close();
    }

    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    timer.start();
    MainWindow window(std::move(db.value()));
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    BrowsePage *browse = window.browsePage();
    bench::waitUntil([&] { return browse->isListComplete(); });
    const double listed = elapsedMs(timer);
    if (!bench::waitUntil([&] { return browse->isSearchReady(); })) {
        std::fprintf(stderr, "the search text was never ready\n");
        return 1;
    }
    std::printf("window with %d programs: every program listed after %.0f ms, searchable after "
                "%.0f ms (read on a worker thread meanwhile)\n",
                int(browse->programModel()->programs().size()), listed, elapsedMs(timer));

    // After an edit of one program (a field, a track, a site): that program
    // read again with its search text, the list re-sorted and re-filtered,
    // its details shown.
    QList<double> edits;
    {
        QTreeView *list = browse->programView();
        list->setCurrentIndex(list->model()->index(5, 0));
        const QString key = browse->currentKey();
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            browse->reload(key);
            QApplication::processEvents();
            edits.append(elapsedMs(timer));
        }
    }
    std::printf("after an edit of one program (read again, list re-sorted, details shown): "
                "median %.0f ms\n",
                median(edits));

    QTreeView *view = browse->programView();
    const ProgramIndex &index = browse->programModel()->searchIndex();
    const QString typed = QStringLiteral("boston primary care");
    QList<double> match;
    QList<double> pass;
    QList<double> paint;
    QList<double> total;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            const QString text = typed.left(n);
            timer.restart();
            (void)index.match(text, {});
            match.append(elapsedMs(timer));

            // What one keystroke costs the window: match, rebuild the rows,
            // expand, lay out and paint the visible rows.
            QElapsedTimer keystroke;
            keystroke.start();
            {
                const QSignalBlocker blocker(browse->filterEdit());
                browse->filterEdit()->setText(text);
            }
            timer.restart();
            browse->applyFilter();
            pass.append(elapsedMs(timer));
            timer.restart();
            view->viewport()->repaint();
            paint.append(elapsedMs(timer));
            total.append(elapsedMs(keystroke));
        }
        const QSignalBlocker blocker(browse->filterEdit());
        browse->filterEdit()->clear();
        browse->applyFilter();
    }
    std::printf("per keystroke, typing \"%s\" three times:\n", qPrintable(typed));
    std::printf("  index match alone (no narrowing):  %s\n", qPrintable(summary(match)));
    std::printf("  filter pass (match, rows, expand): %s\n", qPrintable(summary(pass)));
    std::printf("  repaint of the list:               %s\n", qPrintable(summary(paint)));
    std::printf("  whole keystroke:                   %s\n", qPrintable(summary(total)));
    std::printf("goal: under 16 ms per keystroke -> %s\n", median(total) < 16 ? "met" : "NOT met");
    std::printf("RESULT filter_keystroke_ms %.2f\n", median(total));
    window.close();
    return 0;
}
