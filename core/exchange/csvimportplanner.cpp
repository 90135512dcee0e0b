// CsvImporter::plan(): reading a spreadsheet into what an import would do,
// without writing anything. Every problem is collected with its line and
// column so the preview can list them all.

#include "exchange/csvimporter.h"
#include "exchange/namematcher.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "util/fileio.h"
#include "util/inerttext.h"
#include "util/nrmpcode.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace rw {

QString CsvProblem::text() const
{
    if (line <= 0)
        return message;
    if (column <= 0)
        return CsvImportPlan::tr("line %1: %2").arg(line).arg(message);
    return CsvTable::location(line, column) + QStringLiteral(": ") + message;
}

int CsvImportPlan::count(CsvRowPlan::Outcome outcome) const
{
    int n = 0;
    for (const CsvRowPlan &row : rows)
        n += row.outcome == outcome ? 1 : 0;
    return n;
}

int CsvImportPlan::newCriteria() const
{
    int n = 0;
    for (const CsvCriterionPlan &criterion : criteria)
        n += criterion.existingId == 0 ? 1 : 0;
    return n;
}

Error CsvImportPlan::error() const
{
    if (problems.isEmpty())
        return Error::internal(tr("No problem to report."));
    QStringList shown;
    for (qsizetype i = 0; i < problems.size() && i < 3; ++i)
        shown.append(problems.at(i).text());
    QString message = tr("%1: %2").arg(origin, shown.join(QStringLiteral("; ")));
    if (problems.size() > 3)
        message += u' ' + tr("(and %n more problem(s))", nullptr, int(problems.size() - 3));
    message += u' ' + tr("Nothing was imported.");
    return Error::input(message);
}

QString CsvImportPlan::summary() const
{
    QStringList parts;
    const int byCode = count(CsvRowPlan::Outcome::MatchedByCode);
    const int byNames = count(CsvRowPlan::Outcome::MatchedByNames);
    const int newTracks = count(CsvRowPlan::Outcome::NewTrack);
    parts.append(tr("%n row(s):", nullptr, int(rows.size())));
    QStringList found;
    if (byCode)
        found.append(tr("%n matched by NRMP code", nullptr, byCode));
    if (byNames)
        found.append(tr("%n matched by names", nullptr, byNames));
    if (!newPrograms.isEmpty())
        found.append(tr("%n new program(s) of your own", nullptr, int(newPrograms.size())));
    if (newTracks)
        found.append(tr("%n new track(s) on existing programs", nullptr, newTracks));
    if (!found.isEmpty())
        parts.append(found.join(QStringLiteral(", ")) + u'.');
    const int created = newCriteria();
    if (!criteria.isEmpty()) {
        parts.append(tr("Rating criteria: %1").arg(criteria.size())
                     + (created ? u' ' + tr("(%1 new, weight 1)").arg(created) : QString()) + u'.');
    }
    if (ratingsNew || ratingsChanged)
        parts.append(tr("%n new rating(s)", nullptr, ratingsNew) + QStringLiteral(", ")
                     + tr("%n changed", nullptr, ratingsChanged) + u'.');
    if (!listName.isEmpty()) {
        const QString name = InertText::visibleLine(listName);
        parts.append(
            existingListId
                ? tr("Replaces the order of the list “%1” (%n entries; a snapshot of it "
                     "is taken first) with %2 ranks.",
                     nullptr, existingEntries)
                      .arg(name)
                      .arg(listRows.size())
                : tr("Creates the list “%1” with %n rank(s).", nullptr, int(listRows.size()))
                      .arg(name));
        if (unrankedRows)
            parts.append(tr("%n row(s) without a rank stay off the list.", nullptr, unrankedRows));
    } else if (rankIgnored) {
        parts.append(tr("The Rank column is not used: no list was named."));
    }
    return parts.join(u' ');
}

Result<CsvTable> CsvImporter::readFile(const QString &path)
{
    const auto bytes = FileIo::readFile(path, CsvReader::kMaxBytes);
    if (!bytes)
        return bytes.error();
    return CsvReader::parse(*bytes, QFileInfo(path).fileName());
}

namespace {

constexpr int kMaxTextLength = 200;

// Works one file into a plan; problems accumulate in plan.problems.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(rw::CsvImporter)

public:
    Planner(CsvImportPlan &plan, const CsvTable &table, const NameMatcher &index)
        : m_plan(plan)
        , m_table(table)
        , m_index(index)
    { }

    Status run(const QList<Criterion> &criteria, const QList<Rating> &ratings);

private:
    void problem(int line, int column, const QString &message)
    {
        if (m_plan.problems.size() < CsvImportPlan::kMaxProblems)
            m_plan.problems.append({line, column, message});
    }
    void assignColumns();
    void planCriteria(const QList<Criterion> &existing);
    void planRow(int r);
    QString text(const QStringList &row, int column, int line, bool name);
    void match(CsvRowPlan &row, int line);
    void planList();
    void countRatings(const QList<Rating> &ratings);

    CsvImportPlan &m_plan;
    const CsvTable &m_table;
    const NameMatcher &m_index;
    QHash<CsvRole, int> m_column; // role -> 0-based column
    QHash<QString, int> m_lineOfCode;
    QHash<int, int> m_lineOfRank;
    QHash<QString, int> m_lineOfTrack; // track key, or new program + track name
    QHash<QString, int> m_newProgramByIdentity;
};

void Planner::assignColumns()
{
    QHash<QString, int> ratingNames;
    for (const CsvColumn &column : std::as_const(m_plan.columns)) {
        if (column.role == CsvRole::Ignored || column.role == CsvRole::Score)
            continue;
        if (column.role == CsvRole::Rating) {
            const QString key = column.criterionName.toLower();
            if (const auto first = ratingNames.constFind(key); first != ratingNames.cend()) {
                problem(1, column.index + 1,
                        tr("a second column for the criterion “%1” (the first is column %2)")
                            .arg(column.criterionName)
                            .arg(*first + 1));
            } else {
                ratingNames.insert(key, column.index);
            }
            continue;
        }
        if (const auto first = m_column.constFind(column.role); first != m_column.cend()) {
            problem(1, column.index + 1,
                    tr("a second %1 column (the first is column %2)")
                        .arg(csvRoleDisplayName(column.role))
                        .arg(*first + 1));
        } else {
            m_column.insert(column.role, column.index);
        }
    }
    if (!m_column.contains(CsvRole::Program)) {
        problem(
            1, 0,
            tr("no Program column. The header row is “%1”; name the column of program "
               "names “Program”.")
                .arg(InertText::visibleLine(m_table.header.join(QStringLiteral(", "))).left(200)));
    }
}

void Planner::planCriteria(const QList<Criterion> &existing)
{
    for (const CsvColumn &column : std::as_const(m_plan.columns)) {
        if (column.role != CsvRole::Rating)
            continue;
        auto name = CriterionRules::checkName(column.criterionName);
        if (!name) {
            problem(1, column.index + 1, name.message());
            continue;
        }
        CsvCriterionPlan criterion;
        criterion.column = column.index;
        criterion.name = *name;
        for (const Criterion &here : existing) {
            if (here.name.compare(*name, Qt::CaseInsensitive) != 0)
                continue;
            if (here.kind != CriterionKind::Rating) {
                problem(1, column.index + 1,
                        tr("the criterion “%1” exists here and is not rated by you (%2); "
                           "rename the column or choose another role for it")
                            .arg(here.name, here.kindDisplay()));
            }
            criterion.existingId = here.id;
            criterion.name = here.name;
        }
        m_plan.criteria.append(criterion);
    }
}

QString Planner::text(const QStringList &row, int column, int line, bool name)
{
    if (column < 0)
        return {};
    const QString raw = CsvWriter::unescapeFormula(row.at(column).trimmed());
    if (raw.size() > kMaxTextLength) {
        problem(
            line, column + 1,
            tr("%n characters; at most %1 fit here", nullptr, int(raw.size())).arg(kMaxTextLength));
        return {};
    }
    return name ? InertText::cleanName(raw, kMaxTextLength) : raw;
}

void Planner::planRow(int r)
{
    const QStringList &cells = m_table.rows.at(r);
    const int line = m_table.rowLines.at(r);
    bool blank = true;
    for (const QString &cell : cells)
        blank = blank && cell.trimmed().isEmpty();
    if (blank)
        return; // a spreadsheet's empty row of separators
    const int problemsBefore = int(m_plan.problems.size());

    CsvRowPlan row;
    row.line = line;
    const int programColumn = m_column.value(CsvRole::Program, -1);
    row.program = text(cells, programColumn, line, true);
    row.institution = text(cells, m_column.value(CsvRole::Institution, -1), line, true);
    row.track = text(cells, m_column.value(CsvRole::Track, -1), line, true);
    row.city = text(cells, m_column.value(CsvRole::City, -1), line, true);
    row.state = text(cells, m_column.value(CsvRole::State, -1), line, true);
    if (row.program.isEmpty() && programColumn >= 0 && m_plan.problems.size() == problemsBefore)
        problem(line, programColumn + 1, tr("no program name"));

    if (const int column = m_column.value(CsvRole::NrmpCode, -1); column >= 0) {
        const QString code = NrmpCode::normalized(CsvWriter::unescapeFormula(cells.at(column)));
        if (!code.isEmpty()) {
            if (!NrmpCode::isValid(code)) {
                problem(line, column + 1, NrmpCode::problem(InertText::visibleLine(code)));
            } else if (const int first = m_lineOfCode.value(code); first) {
                problem(line, column + 1,
                        tr("the NRMP code %1 is also on line %2; each track has its own code")
                            .arg(code)
                            .arg(first));
            } else {
                m_lineOfCode.insert(code, line);
                row.nrmpCode = code;
            }
        }
    }

    if (const int column = m_column.value(CsvRole::Rank, -1); column >= 0) {
        const QString cell = cells.at(column).trimmed();
        if (!cell.isEmpty()) {
            bool ok = false;
            const double value = QLocale::c().toDouble(QString(cell).replace(u',', u'.'), &ok);
            if (!ok || value != std::floor(value) || value < 1 || value > RankList::kMaxRanks) {
                problem(line, column + 1,
                        tr("the rank “%1” is not a whole number from 1 to %2")
                            .arg(InertText::visibleLine(cell).left(40))
                            .arg(RankList::kMaxRanks));
            } else if (const int first = m_lineOfRank.value(int(value)); first) {
                problem(line, column + 1,
                        tr("rank %1 is also on line %2; a rank order list has no ties")
                            .arg(int(value))
                            .arg(first));
            } else {
                m_lineOfRank.insert(int(value), line);
                row.rank = int(value);
            }
        }
    }

    for (const CsvCriterionPlan &criterion : std::as_const(m_plan.criteria)) {
        const QString cell = cells.at(criterion.column).trimmed();
        const auto value = CsvColumns::parseRating(cell);
        if (!cell.isEmpty() && !value) {
            problem(line, criterion.column + 1,
                    tr("“%1” is not a rating of “%2”: use a whole number from 1 to 5, or leave "
                       "the cell blank")
                        .arg(InertText::visibleLine(cell).left(40), criterion.name));
        }
        row.ratings.append(value);
    }

    if (m_plan.problems.size() == problemsBefore && !row.program.isEmpty())
        match(row, line);
    m_plan.rows.append(row);
}

void Planner::match(CsvRowPlan &row, int line)
{
    const int programColumn = m_column.value(CsvRole::Program) + 1;
    const int trackColumn = m_column.value(CsvRole::Track, -1) + 1;
    auto matched = [&](int track, CsvRowPlan::Outcome outcome) {
        const NameMatcher::TrackRow &t = m_index.track(track);
        const NameMatcher::ProgramRow &p = m_index.program(t.program);
        row.outcome = outcome;
        row.trackKey = t.key;
        row.trackId = t.id;
        row.programKey = p.key;
        row.label = p.name + QStringLiteral(" — ") + t.name;
    };

    QString identity; // what makes two rows the same track
    if (const int byCode = row.nrmpCode.isEmpty() ? -1 : m_index.trackByCode(row.nrmpCode);
        byCode >= 0) {
        matched(byCode, CsvRowPlan::Outcome::MatchedByCode);
        const NameMatcher::ProgramRow &p = m_index.program(m_index.track(byCode).program);
        if (NameMatcher::normalize(p.name) != NameMatcher::normalize(row.program))
            row.remark = tr("the file calls its program “%1”").arg(row.program);
        identity = row.trackKey;
    } else if (const QList<int> programs = m_index.programsByName(row.program, row.institution);
               programs.size() > 1) {
        QStringList institutions;
        for (int p : programs)
            institutions.append(m_index.program(p).institution);
        problem(line, programColumn,
                tr("“%1” names %n programs here (sponsored by %2); add an Institution column or "
                   "the track's NRMP code",
                   nullptr, int(programs.size()))
                    .arg(row.program, institutions.join(QStringLiteral(", "))));
        return;
    } else if (programs.size() == 1) {
        const int program = programs.constFirst();
        const int track = row.track.isEmpty() ? m_index.defaultTrack(program)
                                              : m_index.trackByName(program, row.track);
        if (track >= 0) {
            matched(track, CsvRowPlan::Outcome::MatchedByNames);
            const QString code = m_index.track(track).nrmpCode;
            if (!row.nrmpCode.isEmpty()) {
                row.remark = code.isEmpty()
                    ? tr("the file's NRMP code %1 is not stored").arg(row.nrmpCode)
                    : tr("here its NRMP code is %1, not the file's %2").arg(code, row.nrmpCode);
            }
            identity = row.trackKey;
        } else if (row.track.isEmpty()) {
            QStringList names;
            for (int t : m_index.program(program).tracks)
                names.append(m_index.track(t).name);
            problem(line, trackColumn > 0 ? trackColumn : programColumn,
                    tr("“%1” has several tracks here (%2); name one in a Track column")
                        .arg(row.program, names.join(QStringLiteral(", "))));
            return;
        } else {
            const NameMatcher::ProgramRow &p = m_index.program(program);
            row.outcome = CsvRowPlan::Outcome::NewTrack;
            row.programKey = p.key;
            row.label = p.name + QStringLiteral(" — ") + row.track;
            identity = p.key + u'\x1f' + NameMatcher::trackNameKey(row.track);
        }
    } else {
        if (row.track.isEmpty())
            row.track = trackTypeDisplayName(TrackType::Categorical);
        const QString programIdentity = NameMatcher::programIdentity(row.institution, row.program);
        auto found = m_newProgramByIdentity.constFind(programIdentity);
        if (found == m_newProgramByIdentity.cend()) {
            CsvNewProgram program;
            program.name = row.program;
            program.institution = row.institution.isEmpty() ? row.program : row.institution;
            program.city = row.city;
            program.state = row.state;
            found = m_newProgramByIdentity.insert(programIdentity, int(m_plan.newPrograms.size()));
            m_plan.newPrograms.append(program);
        }
        row.outcome = CsvRowPlan::Outcome::NewProgram;
        row.newProgram = *found;
        row.label = row.program + QStringLiteral(" — ") + row.track;
        if (row.institution.isEmpty())
            row.remark = tr("no institution in the file: the program's name stands in");
        identity =
            u'\x1e' + QString::number(*found) + u'\x1f' + NameMatcher::trackNameKey(row.track);
    }

    if (const int first = m_lineOfTrack.value(identity); first) {
        problem(
            line, row.nrmpCode.isEmpty() ? 0 : m_column.value(CsvRole::NrmpCode) + 1,
            tr("the same track as line %1 (%2)").arg(first).arg(InertText::visibleLine(row.label)));
        return;
    }
    m_lineOfTrack.insert(identity, line);
    row.planned = true;
    if (row.outcome == CsvRowPlan::Outcome::NewProgram)
        m_plan.newPrograms[row.newProgram].rows.append(int(m_plan.rows.size()));
}

void Planner::planList()
{
    const bool ranked = m_column.contains(CsvRole::Rank);
    if (m_plan.listName.isEmpty()) {
        m_plan.rankIgnored = ranked;
        return;
    }
    QList<int> order;
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        if (!ranked || m_plan.rows.at(r).rank)
            order.append(r);
        else
            ++m_plan.unrankedRows;
    }
    if (ranked) {
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return *m_plan.rows.at(a).rank < *m_plan.rows.at(b).rank;
        });
    }
    if (order.size() > RankList::kMaxRanks) {
        problem(0, 0,
                tr("The list would have %1 ranks; the NRMP takes at most %2 on one list.")
                    .arg(order.size())
                    .arg(RankList::kMaxRanks));
    }
    m_plan.listRows = order;
}

void Planner::countRatings(const QList<Rating> &ratings)
{
    QHash<QPair<qint64, qint64>, int> existing;
    for (const Rating &rating : ratings)
        existing.insert({rating.trackId, rating.criterionId}, rating.value);
    for (const CsvRowPlan &row : std::as_const(m_plan.rows)) {
        for (qsizetype c = 0; c < m_plan.criteria.size() && c < row.ratings.size(); ++c) {
            if (!row.ratings.at(c))
                continue;
            const CsvCriterionPlan &criterion = m_plan.criteria.at(c);
            const auto it = row.trackId && criterion.existingId
                ? existing.constFind({row.trackId, criterion.existingId})
                : existing.cend();
            if (it == existing.cend())
                ++m_plan.ratingsNew;
            else if (*it == *row.ratings.at(c))
                ++m_plan.ratingsSame;
            else
                ++m_plan.ratingsChanged;
        }
    }
}

Status Planner::run(const QList<Criterion> &criteria, const QList<Rating> &ratings)
{
    assignColumns();
    planCriteria(criteria);
    if (m_plan.ok()) {
        for (int r = 0; r < m_table.rows.size(); ++r)
            planRow(r);
    }
    if (m_plan.ok())
        planList();
    if (m_plan.ok())
        countRatings(ratings);
    return {};
}

} // namespace

Result<CsvImportPlan> CsvImporter::plan(const CsvTable &table, const CsvImportOptions &options,
                                        const QString &origin) const
{
    CsvImportPlan plan;
    plan.origin = origin;
    plan.separator = table.separator;
    plan.hadByteOrderMark = table.hadByteOrderMark;
    plan.columns = CsvColumns::detect(table, options.roles);

    if (!options.listName.trimmed().isEmpty()) {
        auto name = RankListRepository::checkName(options.listName);
        if (!name)
            return name.error();
        plan.listName = *name;
        RankListRepository lists(m_db);
        auto existing = lists.byName(*name);
        if (existing) {
            plan.listName = existing->name;
            plan.listKind = existing->kind;
            plan.existingListId = existing->id;
            auto order = lists.order(existing->id);
            if (!order)
                return order.error();
            plan.existingEntries = int(order->size());
        } else if (existing.error().kind != Error::Kind::NotFound) {
            return existing.error();
        }
    }

    auto index = NameMatcher::load(m_db, NameRepository::Rows::Shown);
    if (!index)
        return index.error();
    CriterionRepository criteriaRepository(m_db);
    auto criteria = criteriaRepository.all();
    if (!criteria)
        return criteria.error();
    auto ratings = criteriaRepository.ratings();
    if (!ratings)
        return ratings.error();
    Planner planner(plan, table, *index);
    if (auto status = planner.run(*criteria, *ratings); !status)
        return status.error();
    return plan;
}

} // namespace rw
