#include "exchange/ranklistcsv.h"

#include "exchange/csv.h"
#include "exchange/csvcolumns.h"
#include "ranking/listdetails.h"
#include "text/displayformat.h"
#include "util/fileio.h"

namespace rw {

Result<QByteArray> RankListCsv::bytes(Database &db, const QString &listName, Written *written)
{
    auto loaded = ListDetails::forExport(db, listName);
    if (!loaded)
        return loaded.error();
    const RankList *list = &loaded->list;
    const QHash<qint64, EntryPlace> *places = &loaded->places;
    const ListAnalysis &a = loaded->analysis;

    QList<int> ratingColumns;
    QStringList header;
    for (CsvRole role : {CsvRole::Rank, CsvRole::Program, CsvRole::Institution, CsvRole::Track,
                         CsvRole::NrmpCode, CsvRole::City, CsvRole::State, CsvRole::Score})
        header.append(CsvColumns::exportHeader(role));
    // Not translated, like the other headers; CsvColumns reads them as
    // computed columns and never imports them.
    header << QStringLiteral("Coverage") << QStringLiteral("Score low")
           << QStringLiteral("Score high");
    for (int k = 0; k < a.criterionCount(); ++k) {
        const Criterion &criterion = a.criteria().at(k);
        if (criterion.kind != CriterionKind::Rating)
            continue;
        ratingColumns.append(k);
        header.append(CsvWriter::escapeFormula(CsvColumns::ratingHeader(criterion.name)));
    }

    CsvWriter writer;
    writer.addRow(header);
    for (int e = 0; e < a.entryCount(); ++e) {
        const RankEntry &entry = a.entries().at(e);
        const EntryPlace place = places->value(entry.trackId);
        const auto score = a.score(e);
        QStringList fields {QString::number(entry.position),
                            CsvWriter::escapeFormula(entry.programName),
                            CsvWriter::escapeFormula(place.institution),
                            CsvWriter::escapeFormula(entry.trackName),
                            entry.nrmpCode,
                            CsvWriter::escapeFormula(place.city),
                            CsvWriter::escapeFormula(place.state),
                            score ? DisplayFormat::score(score, QLocale::c()) : QString()};
        const auto range = a.scoreRange(e);
        fields << (score ? DisplayFormat::score(a.coverage(e), QLocale::c()) : QString())
               << (range ? DisplayFormat::score(range->low, QLocale::c()) : QString())
               << (range ? DisplayFormat::score(range->high, QLocale::c()) : QString());
        for (int k : std::as_const(ratingColumns)) {
            const auto value = a.rawValue(e, k);
            fields.append(value ? QString::number(int(*value)) : QString());
        }
        writer.addRow(fields);
    }
    if (written)
        *written = {*list, a.entryCount(), int(ratingColumns.size())};
    return writer.bytes();
}

Result<RankListCsv::Written> RankListCsv::exportTo(Database &db, const QString &listName,
                                                   const QString &path)
{
    Written written;
    auto data = bytes(db, listName, &written);
    if (!data)
        return data.error();
    if (Status saved = FileIo::saveFile(path, *data); !saved)
        return saved.error();
    return written;
}

} // namespace rw
