// The window over the benchmark database with its main views shown: the
// peak memory of the process (the goal: under 150 MiB) and how long the
// rank list takes to answer a weight being dragged, or let go and saved,
// scores, order and repaint included (the goal: within one frame, 16.7 ms).
// Prints figures; asserts nothing.
//
//   bench_views --db FILE [--runs N]
//
// The file is copied first: moving a weight writes it.

#include "benchsupport.h"
#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "pages/comparepage.h"
#include "pages/rankpage.h"
#include "rank/criteriaeditor.h"
#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "rank/rankworkspace.h"
#include "startup/startupchecks.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLineEdit>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace rw;
using bench::elapsedMs;
using bench::median;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    test::useIsolatedEnvironment();
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("benchmark database"),
                                      QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("weight changes"),
                                        QStringLiteral("n"), QStringLiteral("60"));
    parser.addOptions({dbOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "bench_views: --db FILE is required (rankwise-generate makes one)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("views.sqlite"));
    if (!QFile::copy(parser.value(dbOption), path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(parser.value(dbOption)));
        return 1;
    }
    const double beforeWindow = bench::statusMiB("VmHWM");
    auto stage = [](const char *what) {
        std::printf("  %-58s peak %6.1f MiB, resident %6.1f MiB\n", what, bench::statusMiB("VmHWM"),
                    bench::statusMiB("VmRSS"));
    };

    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    MainWindow window(std::move(db.value()));
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // Browse: the whole list, searchable, filtered once, a program selected.
    BrowsePage *browse = window.browsePage();
    stage("window shown");
    // What a start does after the first paint: read every page, back up.
    auto *checks = new StartupChecks(&window);
    bool checked = false;
    QObject::connect(checks, &StartupChecks::finished, &window, [&] { checked = true; });
    checks->start(10);
    bench::waitUntil([&] { return browse->isListComplete(); });
    stage("every program listed");
    if (!bench::waitUntil([&] { return browse->isListComplete() && browse->isSearchReady(); })) {
        std::fprintf(stderr, "the list was never complete\n");
        return 1;
    }
    browse->filterEdit()->setText(QStringLiteral("boston"));
    browse->applyFilter();
    QTreeView *view = browse->programView();
    view->setCurrentIndex(view->model()->index(0, 0));
    QStringList compared;
    for (int row = 0; row < 4 && row < view->model()->rowCount(); ++row)
        compared.append(view->model()->index(row, 0).data(ProgramTreeModel::KeyRole).toString());
    browse->filterEdit()->clear();
    browse->applyFilter();
    QApplication::processEvents();
    const double browsing = bench::statusMiB("VmHWM");

    stage("searchable, filtered, a program selected");
    // Compare: four programs side by side.
    window.comparePage()->setItems(compared);
    window.showPage(window.comparePage());
    QApplication::processEvents();
    stage("Compare shown");

    // Rank List: the 300-rank list, every tab of the builder looked at.
    window.showPage(window.rankPage());
    RankWorkspace *rank = window.rankPage()->rankWorkspace();
    stage("Rank List shown");
    for (int tab = 0; tab < rank->tabs()->count(); ++tab) {
        rank->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
    }
    rank->tabs()->setCurrentIndex(RankWorkspace::CriteriaTab);
    if (!bench::waitUntil([&] { return checked; }))
        std::fprintf(stderr, "the start-up checks never finished\n");
    stage("every tab of the builder looked at, start-up checks done");
    const double peak = bench::statusMiB("VmHWM");
    std::printf("peak memory (VmHWM): %.1f MiB with Browse, Compare and Rank List shown "
                "(Qt alone %.1f, after browsing %.1f)\n",
                peak, beforeWindow, browsing);

    // A weight dragged: previewed in memory, scores and order recomputed,
    // the window repainted.
    const QList<Criterion> &criteria = rank->document()->criteria();
    if (criteria.isEmpty() || !rank->document()->analysis()) {
        std::fprintf(stderr, "the database has no criteria or no list\n");
        return 1;
    }
    QSlider *slider = rank->criteriaEditor()->weightSlider(criteria.constFirst().id);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    QList<double> dragged;
    slider->setSliderDown(true);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        slider->setValue(1 + (i % 10));
        QApplication::processEvents();
        window.repaint();
        dragged.append(elapsedMs(timer));
    }
    slider->setSliderDown(false);
    // Let go (or typed): written as one undo step, scores and order redrawn.
    QList<double> written;
    for (int i = 0; i < std::max(5, runs / 6); ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)rank->controller()->setWeight(criteria.constFirst().id, 2 + (i % 5));
        QApplication::processEvents();
        window.repaint();
        written.append(elapsedMs(timer));
    }
    std::printf("weight dragged, 300-rank list: median %.1f ms per change (recompute and "
                "repaint); let go or typed (saved as an undo step, then the same): median "
                "%.1f ms\n",
                median(dragged), median(written));
    std::printf("goals: peak under 150 MiB -> %s; a weight change on screen within a frame "
                "(16.7 ms) -> %s\n",
                peak < 150 ? "met" : "NOT met",
                std::max(median(dragged), median(written)) < 16.7 ? "met" : "NOT met");
    std::printf("RESULT peak_memory_mib %.1f\n", peak);
    std::printf("RESULT rerank_ui_ms %.2f\n", median(dragged));
    std::printf("RESULT rerank_saved_ms %.2f\n", median(written));
    window.close();
    return 0;
}
