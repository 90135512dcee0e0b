// `rankwise-cli export-pdf` of a 300-rank list must take at most a tenth of
// the time LibreOffice takes to turn the same 300 rows (as CSV) into a PDF.
// This generates the benchmark database (rankwise-generate: 10,000 programs,
// a 300-rank list), writes the list as CSV with `export-csv`, then times, side
// by side and several times each (median):
//   - the whole `rankwise-cli export-pdf` process, as a user runs it;
//   - `soffice --headless --convert-to pdf` on the CSV, with a warm profile
//     in a temporary folder (the first, profile-creating run is not counted);
// and prints both and their ratio. It also times the phases in process
// (opening the database, the list's analysis, laying out, writing) to show
// where the time goes.
//
//   bench_pdf_export [--programs N] [--runs N] [--breakdown] [--db FILE]

#include "catalog/bundledcatalog.h"
#include "ranking/rankservice.h"
#include "report/ranklistreport.h"
#include "storage/database.h"
#include "util/appidentity.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

// Runs a program to the end; returns its wall time in ms, or -1 when it fails.
double timed(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardOutput().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

QString join(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v, 'f', 0));
    return parts.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    rw::setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times rankwise-cli export-pdf against LibreOffice on a 300-rank list."));
    parser.addHelpOption();
    const QCommandLineOption programsOption(QStringLiteral("programs"),
                                            QStringLiteral("programs in the generated database"),
                                            QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("timed runs each"),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption breakdownOption(
        QStringLiteral("breakdown"), QStringLiteral("also time export-pdf --with-breakdown"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("use this database instead of generating"),
                                      QStringLiteral("file"));
    parser.addOptions({programsOption, runsOption, breakdownOption, dbOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("bench.sqlite"));
        std::printf("generating %s programs…\n", qPrintable(parser.value(programsOption)));
        std::fflush(stdout);
        if (timed(QStringLiteral(RANKWISE_GENERATE_PATH),
                  {QStringLiteral("--out"), db, QStringLiteral("--programs"),
                   parser.value(programsOption)})
            < 0)
            return 1;
    }
    const QString cli = QStringLiteral(RANKWISE_CLI_PATH);
    const QString csv = dir.filePath(QStringLiteral("ranklist.csv"));
    if (timed(cli, {QStringLiteral("--db"), db, QStringLiteral("export-csv"), csv}) < 0)
        return 1;

    // In process, to see the phases (fonts are loaded by the first layout).
    {
        QElapsedTimer timer;
        timer.start();
        auto opened = rw::Database::open(db);
        if (!opened || !rw::BundledCatalog::install(**opened))
            return 1;
        const double open = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        rw::RankService service(**opened);
        auto list = service.findList({});
        auto analysis = service.analyse(list->id);
        const double analyse = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        rw::RankListReportOptions options;
        auto built = rw::RankListReport::build(**opened, options);
        const double build = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!built || !built->report->write(dir.filePath(QStringLiteral("inprocess.pdf"))))
            return 1;
        const double write = double(timer.nsecsElapsed()) / 1e6;
        std::printf("in process, first run: open %.1f ms, analysis %.1f ms, build (analysis "
                    "included) %.1f ms, layout and write %.1f ms (%d pages)\n",
                    open, analyse, build, write, built->report->pageCount());
    }

    const QString out = dir.filePath(QStringLiteral("rankwise.pdf"));
    auto timeCli = [&](const QStringList &extra) {
        const QStringList args =
            QStringList {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), out} + extra;
        timed(cli, args); // warm the file cache
        QList<double> times;
        for (int i = 0; i < runs; ++i)
            times.append(timed(cli, args));
        return times;
    };
    const QList<double> ours = timeCli({});
    std::printf("rankwise-cli export-pdf (300 ranks): median %.1f ms  [%s]\n", median(ours),
                qPrintable(join(ours)));
    // For tests/bench/run.
    std::printf("RESULT pdf_export_ms %.1f\n", median(ours));
    if (parser.isSet(breakdownOption)) {
        const QList<double> withBreakdown = timeCli({QStringLiteral("--with-breakdown")});
        std::printf("rankwise-cli export-pdf --with-breakdown: median %.1f ms  [%s]\n",
                    median(withBreakdown), qPrintable(join(withBreakdown)));
    }

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("soffice not found: install LibreOffice to compare.\n");
        return 0;
    }
    const QString profile =
        QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString loOut = dir.filePath(QStringLiteral("lo"));
    const QStringList loArgs {QStringLiteral("-env:UserInstallation=") + profile,
                              QStringLiteral("--headless"),
                              QStringLiteral("--convert-to"),
                              QStringLiteral("pdf"),
                              QStringLiteral("--outdir"),
                              loOut,
                              csv};
    std::printf("warming LibreOffice's profile…\n");
    std::fflush(stdout);
    if (timed(soffice, loArgs) < 0)
        return 1;
    QList<double> theirs;
    for (int i = 0; i < runs; ++i)
        theirs.append(timed(soffice, loArgs));
    std::printf("soffice --headless --convert-to pdf (same 300 rows as CSV): median %.1f ms  "
                "[%s]\n",
                median(theirs), qPrintable(join(theirs)));
    std::printf("RESULT pdf_libreoffice_ms %.1f\n", median(theirs));
    const double ratio = median(ours) / median(theirs);
    std::printf("ratio rankwise / LibreOffice: %.3f (goal: at most 0.100) — %s\n", ratio,
                ratio <= 0.1 ? "met" : "NOT met");
    return 0;
}
