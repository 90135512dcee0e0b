#include "report/ranklistreport.h"

#include "ranking/listanalysis.h"
#include "ranking/listdetails.h"
#include "text/displayformat.h"
#include "util/inerttext.h"

namespace rw {

namespace {

QString line(const QString &text)
{
    return InertText::visibleLine(text);
}

constexpr int kNoteExcerptLength = 220;
constexpr int kWarningsShown = 6;

} // namespace

Result<RankListReport::Built> RankListReport::build(Database &db,
                                                    const RankListReportOptions &options)
{
    auto loaded = ListDetails::forExport(db, options.listName);
    if (!loaded)
        return loaded.error();
    const RankList *list = &loaded->list;
    const QHash<qint64, EntryPlace> *places = &loaded->places;
    QHash<qint64, QStringList> notes;
    if (options.withNotes) {
        auto own = ListDetails::ownNotes(db, list->id);
        if (!own)
            return own.error();
        notes = std::move(*own);
    }
    const ListAnalysis &a = loaded->analysis;
    const QLocale &locale = options.locale;
    const QString listName = line(list->name);
    const QString applicant = line(options.applicantName.trimmed());
    const QDateTime preparedAt =
        options.preparedAt.isValid() ? options.preparedAt : QDateTime::currentDateTime();
    const QString date = DisplayFormat::longDate(preparedAt.date(), locale);
    const QString kind =
        list->kind == RankListKind::Supplemental ? tr("supplemental list") : tr("primary list");

    auto report =
        std::make_unique<PdfReport>(options.pageSize, tr("Rank Order List — %1").arg(listName));
    report->addTitle(tr("Rank Order List"));
    QList<std::pair<QString, QString>> facts;
    if (!applicant.isEmpty())
        facts.append({tr("Applicant"), applicant});
    facts.append({tr("List"), tr("%1 (%2)").arg(listName, kind)});
    facts.append({tr("Ranks"), locale.toString(a.entryCount())});
    facts.append({tr("Prepared"), date});
    report->addLabelValues(facts);

    const QList<NrmpRules::Warning> warnings = a.warnings();
    for (qsizetype i = 0; i < warnings.size() && i < kWarningsShown; ++i)
        report->addParagraph(tr("Check: %1").arg(line(warnings.at(i).message)));
    if (warnings.size() > kWarningsShown) {
        report->addParagraph(tr("… and %n more check(s); Rankwise lists them all on the Rank "
                                "List page.",
                                nullptr, int(warnings.size() - kWarningsShown)));
    }

    report->addTableHeader({{tr("Rank"), 0.55, Qt::AlignRight},
                            {tr("Program"), 3.3},
                            {tr("Track"), 1.7},
                            {tr("NRMP code"), 1.15},
                            {tr("City, state"), 1.45},
                            {tr("Score"), 0.7, Qt::AlignRight}});
    for (int e = 0; e < a.entryCount(); ++e) {
        const RankEntry &entry = a.entries().at(e);
        const auto score = a.score(e);
        report->addTableRow({locale.toString(entry.position), line(entry.programName),
                             line(entry.trackName), line(entry.nrmpCode),
                             line(places->value(entry.trackId).cityState()),
                             DisplayFormat::score(score, locale)},
                            details(a, e, options, notes.value(entry.trackId)));
    }
    if (a.entryCount() == 0)
        report->addParagraph(tr("This list has no entries yet."));

    addCriteria(*report, a, locale);

    report->setFooter(applicant.isEmpty()
                          ? tr("%1 · %2 · prepared %3").arg(listName, kind, date)
                          : tr("%1 · %2 · %3 · prepared %4").arg(applicant, listName, kind, date));
    return Built {std::move(report), *list, a.entryCount()};
}

QStringList RankListReport::details(const ListAnalysis &a, int e,
                                    const RankListReportOptions &options, const QStringList &notes)
{
    QStringList lines;
    const RankEntry &entry = a.entries().at(e);
    if (entry.withdrawn) {
        lines.append(tr("No longer offered (withdrawn from the catalog or deleted): not scored."));
    } else {
        // A score resting on part of the weight says so, with its range.
        if (const auto range = a.scoreRange(e); range && a.coverage(e) < 99.995) {
            const QString text =
                tr("Coverage %1: between %2 and %3 once the missing values are known.")
                    .arg(DisplayFormat::percent(a.coverage(e) / 100.0, options.locale),
                         DisplayFormat::score(range->low, options.locale),
                         DisplayFormat::score(range->high, options.locale));
            lines.append(a.isProvisional(e) ? text + u' ' + tr("Provisional.") : text);
        }
        if (options.withBreakdown) {
            const QString text = breakdown(a, e, options.locale);
            if (!text.isEmpty())
                lines.append(text);
        }
    }
    if (options.withNotes && !notes.isEmpty()) {
        QString text =
            tr("Your note: %1").arg(InertText::excerpt(notes.constFirst(), kNoteExcerptLength));
        if (notes.size() > 1)
            text += u' ' + tr("(+%1 more)").arg(notes.size() - 1);
        lines.append(text);
    }
    return lines;
}

QString RankListReport::breakdown(const ListAnalysis &a, int e, const QLocale &locale)
{
    if (!a.isScored(e))
        return tr("Not scored: no value on any weighted criterion.");
    QStringList parts;
    for (int k = 0; k < a.criterionCount(); ++k) {
        const Criterion &criterion = a.criteria().at(k);
        const auto value = a.rawValue(e, k);
        if (!value || criterion.weight <= 0)
            continue;
        QString shown;
        switch (criterion.kind) {
        case CriterionKind::Rating:
            shown = tr("%1/5").arg(int(*value));
            break;
        case CriterionKind::Attribute:
            shown = DisplayFormat::criterionValue(criterion, value, locale);
            break;
        case CriterionKind::Feature:
            shown = *value > 0 ? tr("yes") : tr("no");
            break;
        }
        if (criterion.kind != CriterionKind::Rating
            && a.origin(e, k).source == ListAnalysis::Source::You)
            shown = tr("%1, yours").arg(shown);
        parts.append(tr("%1 %2 (+%3)")
                         .arg(line(criterion.name), shown,
                              DisplayFormat::score(a.contribution(e, k), locale)));
    }
    QString text = parts.join(QStringLiteral(" · "));
    const QStringList missing = a.missing(e);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &name : missing)
            names.append(line(name));
        text += (text.isEmpty() ? QString() : QStringLiteral(" · "))
            + tr("missing: %1").arg(names.join(QStringLiteral(", ")));
    }
    return text;
}

void RankListReport::addCriteria(PdfReport &report, const ListAnalysis &a, const QLocale &locale)
{
    report.addHeading(tr("Criteria and weights"));
    if (a.criterionCount() == 0) {
        report.addParagraph(tr("No criteria yet: the list is in your own order and has no "
                               "scores."));
        return;
    }
    report.addParagraph(
        tr("Each score is out of 100: the weighted mean of the criteria a track has a value for, "
           "each value scaled from 0 to 1 (ratings 1–5; facts from the lowest to the highest on "
           "this list). A weight is shown as its share of all the weights."));
    report.addTableHeader({{tr("Criterion"), 3},
                           {tr("Measured by"), 2.6},
                           {tr("Better when"), 1.3},
                           {tr("Weight"), 0.9, Qt::AlignRight}});
    for (int k = 0; k < a.criterionCount(); ++k) {
        const Criterion &criterion = a.criteria().at(k);
        report.addTableRow(
            {line(criterion.name), criterion.kindDisplay(),
             criterion.direction == Direction::LowerIsBetter ? tr("lower") : tr("higher"),
             DisplayFormat::percent(a.weightShare(k), locale)});
    }
}

Result<RankListReport::Written>
RankListReport::exportPdf(Database &db, const RankListReportOptions &options, const QString &path)
{
    auto built = build(db, options);
    if (!built)
        return built.error();
    if (auto status = built->report->write(path); !status)
        return status.error();
    return Written {built->list, built->ranks, built->report->pageCount()};
}

} // namespace rw
