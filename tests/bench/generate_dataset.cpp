// rankwise-generate: writes the benchmark database (benchdataset.h): N
// programs (default 10,000) with tracks, 3-15 continuity sites each,
// curriculum features, 40 criteria, ratings, notes and a 300-rank primary
// list, over the bundled catalog. The same seed always gives the same
// database.
//
//   rankwise-generate --out FILE [--programs N] [--seed S]

#include "benchdataset.h"
#include "catalog/bundledcatalog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace rw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a reproducible benchmark database."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("database to write (replaced)"),
                                 QStringLiteral("file"));
    const QCommandLineOption programs(QStringLiteral("programs"),
                                      QStringLiteral("number of programs"), QStringLiteral("n"),
                                      QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed"),
                                  QStringLiteral("s"), QStringLiteral("42"));
    parser.addOptions({out, programs, seed});
    parser.process(app);
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "rankwise-generate: --out FILE is required\n");
        return 2;
    }
    const QString path = parser.value(out);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));

    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "rankwise-generate: %s\n", qPrintable(db.message()));
        return 1;
    }
    if (auto installed = BundledCatalog::install(**db); !installed) {
        std::fprintf(stderr, "rankwise-generate: %s\n", qPrintable(installed.message()));
        return 1;
    }
    bench::DatasetSpec spec;
    spec.programs = parser.value(programs).toInt();
    spec.seed = parser.value(seed).toULongLong();
    auto counts = bench::generateDataset(**db, spec);
    if (!counts) {
        std::fprintf(stderr, "rankwise-generate: %s\n", qPrintable(counts.message()));
        return 1;
    }
    std::printf("wrote %s: %d programs, %d tracks, %d sites, %d features, %d criteria, %d "
                "ratings, %d notes, a %d-rank list in %lld ms\n",
                qPrintable(path), counts->programs, counts->tracks, counts->sites, counts->features,
                counts->criteria, counts->ratings, counts->notes, counts->rankEntries,
                timer.elapsed());
    return 0;
}
