#include "exchange/csvcolumns.h"

#include <QLocale>

#include <cmath>

namespace rw {

namespace {

struct RoleName
{
    CsvRole role;
    const char *id;
};

constexpr RoleName kRoleIds[] = {
    {CsvRole::Ignored, "ignored"},
    {CsvRole::Program, "program"},
    {CsvRole::Institution, "institution"},
    {CsvRole::Track, "track"},
    {CsvRole::NrmpCode, "nrmp-code"},
    {CsvRole::City, "city"},
    {CsvRole::State, "state"},
    {CsvRole::Rank, "rank"},
    {CsvRole::Score, "score"},
    {CsvRole::Rating, "rating"},
};

// Lower case, single spaces, no trailing colon or asterisk: "NRMP  code:" -> "nrmp code".
QString headerKey(const QString &header)
{
    QString key = header.simplified().toLower();
    while (!key.isEmpty() && (key.endsWith(u':') || key.endsWith(u'*')))
        key.chop(1);
    return key.trimmed();
}

} // namespace

QString csvRoleId(CsvRole role)
{
    for (const RoleName &name : kRoleIds) {
        if (name.role == role)
            return QString::fromLatin1(name.id);
    }
    return QStringLiteral("ignored");
}

std::optional<CsvRole> csvRoleFromId(const QString &id)
{
    for (const RoleName &name : kRoleIds) {
        if (id == QLatin1StringView(name.id))
            return name.role;
    }
    return std::nullopt;
}

QList<CsvRole> allCsvRoles()
{
    QList<CsvRole> roles;
    for (const RoleName &name : kRoleIds)
        roles.append(name.role);
    return roles;
}

QString csvRoleDisplayName(CsvRole role)
{
    switch (role) {
    case CsvRole::Ignored:
        return CsvColumns::tr("Ignored");
    case CsvRole::Program:
        return CsvColumns::tr("Program");
    case CsvRole::Institution:
        return CsvColumns::tr("Institution");
    case CsvRole::Track:
        return CsvColumns::tr("Track");
    case CsvRole::NrmpCode:
        return CsvColumns::tr("NRMP code");
    case CsvRole::City:
        return CsvColumns::tr("City");
    case CsvRole::State:
        return CsvColumns::tr("State");
    case CsvRole::Rank:
        return CsvColumns::tr("Rank");
    case CsvRole::Score:
        return CsvColumns::tr("Score (not imported)");
    case CsvRole::Rating:
        return CsvColumns::tr("Rating criterion");
    }
    return {};
}

std::optional<CsvRole> CsvColumns::roleForHeader(const QString &header)
{
    static const QHash<QString, CsvRole> names {
        {QStringLiteral("program"), CsvRole::Program},
        {QStringLiteral("program name"), CsvRole::Program},
        {QStringLiteral("institution"), CsvRole::Institution},
        {QStringLiteral("sponsor"), CsvRole::Institution},
        {QStringLiteral("sponsoring institution"), CsvRole::Institution},
        {QStringLiteral("hospital"), CsvRole::Institution},
        {QStringLiteral("track"), CsvRole::Track},
        {QStringLiteral("track name"), CsvRole::Track},
        {QStringLiteral("nrmp code"), CsvRole::NrmpCode},
        {QStringLiteral("nrmp program code"), CsvRole::NrmpCode},
        {QStringLiteral("program code"), CsvRole::NrmpCode},
        {QStringLiteral("nrmp"), CsvRole::NrmpCode},
        {QStringLiteral("nrmp #"), CsvRole::NrmpCode},
        {QStringLiteral("code"), CsvRole::NrmpCode},
        {QStringLiteral("city"), CsvRole::City},
        {QStringLiteral("state"), CsvRole::State},
        {QStringLiteral("rank"), CsvRole::Rank},
        {QStringLiteral("rank order"), CsvRole::Rank},
        {QStringLiteral("#"), CsvRole::Rank},
        {QStringLiteral("score"), CsvRole::Score},
        // What RankListCsv writes beside the score: computed too, never read.
        {QStringLiteral("coverage"), CsvRole::Score},
        {QStringLiteral("score low"), CsvRole::Score},
        {QStringLiteral("score high"), CsvRole::Score},
    };
    const auto it = names.constFind(headerKey(header));
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

QString CsvColumns::exportHeader(CsvRole role)
{
    // Not translated: the file is read back by any Rankwise, whatever its language.
    switch (role) {
    case CsvRole::Program:
        return QStringLiteral("Program");
    case CsvRole::Institution:
        return QStringLiteral("Institution");
    case CsvRole::Track:
        return QStringLiteral("Track");
    case CsvRole::NrmpCode:
        return QStringLiteral("NRMP Code");
    case CsvRole::City:
        return QStringLiteral("City");
    case CsvRole::State:
        return QStringLiteral("State");
    case CsvRole::Rank:
        return QStringLiteral("Rank");
    case CsvRole::Score:
        return QStringLiteral("Score");
    case CsvRole::Rating:
    case CsvRole::Ignored:
        break;
    }
    return {};
}

QString CsvColumns::ratingHeader(const QString &criterionName)
{
    if (roleForHeader(criterionName) || !ratingNameFromHeader(criterionName).isEmpty())
        return criterionName + QStringLiteral(" (rating)");
    return criterionName;
}

QString CsvColumns::ratingNameFromHeader(const QString &header)
{
    const QString trimmed = header.trimmed();
    static const QString suffix = QStringLiteral("(rating)");
    if (!trimmed.endsWith(suffix, Qt::CaseInsensitive))
        return {};
    return trimmed.chopped(suffix.size()).trimmed();
}

std::optional<int> CsvColumns::parseRating(const QString &cell, bool *number)
{
    QString text = cell.trimmed();
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.isEmpty() ? 0 : QLocale::c().toDouble(text, &ok);
    if (number)
        *number = ok;
    if (!ok || value != std::floor(value) || value < 1 || value > 5)
        return std::nullopt;
    return int(value);
}

QList<CsvColumn> CsvColumns::detect(const CsvTable &table, const QHash<int, CsvRole> &overrides)
{
    QList<CsvColumn> columns;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        CsvColumn column;
        column.index = int(c);
        column.header = table.header.at(c).trimmed();

        int nonBlank = 0;
        int ratings = 0;
        QString firstText;
        QString firstOutside;
        for (const QStringList &row : table.rows) {
            const QString cell = row.at(c).trimmed();
            if (cell.isEmpty())
                continue;
            ++nonBlank;
            if (column.samples.size() < kSamples)
                column.samples.append(cell);
            bool number = false;
            if (parseRating(cell, &number))
                ++ratings;
            else if (!number && firstText.isEmpty())
                firstText = cell;
            else if (number && firstOutside.isEmpty())
                firstOutside = cell;
        }

        const QString ratingName = ratingNameFromHeader(column.header);
        if (const auto chosen = overrides.constFind(int(c)); chosen != overrides.cend()) {
            column.role = *chosen;
            column.chosen = true;
            column.reason = tr("chosen by you");
        } else if (const auto named = roleForHeader(column.header)) {
            column.role = *named;
            column.reason = *named == CsvRole::Score
                ? tr("computed by Rankwise from your ratings and weights: not read")
                : tr("named by its header");
        } else if (!ratingName.isEmpty()) {
            column.role = CsvRole::Rating;
            column.reason = tr("named a rating by its header");
        } else if (column.header.isEmpty()) {
            column.reason = tr("no header");
        } else if (!firstText.isEmpty()) {
            column.reason = tr("holds text such as “%1”, not ratings 1 to 5").arg(firstText);
        } else if (nonBlank > 0 && ratings * 2 < nonBlank) {
            column.reason = tr("holds numbers such as %1, mostly outside 1 to 5").arg(firstOutside);
        } else {
            column.role = CsvRole::Rating;
            column.reason = nonBlank == 0 ? tr("empty: a criterion with no ratings yet")
                                          : tr("values 1 to 5: a criterion you rate");
        }
        if (column.role == CsvRole::Rating)
            column.criterionName = ratingName.isEmpty() ? column.header : ratingName;
        columns.append(column);
    }
    return columns;
}

} // namespace rw
