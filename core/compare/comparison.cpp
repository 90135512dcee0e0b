#include "compare/comparison.h"

#include "model/curriculumfeature.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/trackrepository.h"
#include "text/displayformat.h"
#include "text/lightmarkdown.h"
#include "util/keys.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace rw {

namespace {

// The sites a column shows: all of a program's, or those serving the track.
QList<const ContinuitySite *> sitesOf(const CompareItem &item)
{
    QList<const ContinuitySite *> sites;
    for (const ContinuitySite &site : item.program.sites) {
        if (item.trackKey.isEmpty() || site.trackKeys.contains(item.trackKey))
            sites.append(&site);
    }
    return sites;
}

QList<const CurriculumFeature *> featuresOf(const CompareItem &item)
{
    QList<const CurriculumFeature *> features;
    for (const CurriculumFeature &feature : item.program.features) {
        if (item.trackKey.isEmpty() || feature.trackKey.isEmpty()
            || feature.trackKey == item.trackKey)
            features.append(&feature);
    }
    return features;
}

QString trackLine(const Track &track)
{
    const QString type = trackTypeDisplayName(track.type);
    QString line = track.name;
    if (track.name.compare(type, Qt::CaseInsensitive) != 0)
        line += QStringLiteral(" (") + type + QStringLiteral(")");
    if (!track.nrmpCode.isEmpty())
        line += QStringLiteral(" · ") + track.nrmpCode;
    return line;
}

class RowBuilder
{
public:
    explicit RowBuilder(const QList<CompareItem> &items)
        : m_items(items)
    { }

    template<typename Cell>
    void add(const QString &label, Cell cell)
    {
        CompareRow row;
        row.label = label;
        for (const CompareItem &item : m_items)
            row.cells.append({cell(item), {}});
        if (!row.allEmpty())
            m_rows.append(row);
    }
    QList<CompareRow> take() { return std::exchange(m_rows, {}); }

private:
    const QList<CompareItem> &m_items;
    QList<CompareRow> m_rows;
};

} // namespace

const Track *CompareItem::track() const
{
    for (const Track &t : program.tracks) {
        if (t.key == trackKey)
            return &t;
    }
    return nullptr;
}

QString CompareItem::title() const
{
    if (const Track *t = track())
        return program.name + QStringLiteral(" — ") + t->name;
    return program.name;
}

bool CompareRow::differs() const
{
    if (!comparable || cells.size() < 2)
        return false;
    const QString first = cells.constFirst().text.trimmed();
    return std::any_of(cells.cbegin() + 1, cells.cend(),
                       [&](const CompareCell &cell) { return cell.text.trimmed() != first; });
}

bool CompareRow::allEmpty() const
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const CompareCell &cell) { return cell.isEmpty(); });
}

Result<CompareItem> Comparison::load(Database &db, const QString &key)
{
    ProgramRepository repository(db);
    CompareItem item;
    if (Keys::isValidTrackKey(key)) {
        auto track = TrackRepository(db).track(key);
        if (!track)
            return track.error();
        item.trackKey = key;
    }
    auto program = repository.program(Keys::programOf(key));
    if (!program)
        return program.error();
    item.program = std::move(program.value());
    if (!item.trackKey.isEmpty() && !item.track())
        return Error::notFound(tr("There is no track with the key “%1”.").arg(key));
    return item;
}

QList<CompareSection> Comparison::facts(const QList<CompareItem> &items)
{
    QList<CompareSection> sections;
    RowBuilder rows(items);

    rows.add(tr("Institution"), [](const CompareItem &i) { return i.program.institutionName; });
    rows.add(tr("City, state"), [](const CompareItem &i) {
        QStringList parts {i.program.city, i.program.state};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    });
    rows.add(tr("Tracks"), [](const CompareItem &i) {
        if (const Track *t = i.track())
            return trackLine(*t);
        QStringList lines;
        for (const Track &t : i.program.tracks)
            lines.append(trackLine(t));
        return lines.join(u'\n');
    });
    rows.add(tr("Positions"), [](const CompareItem &i) {
        const Track *t = i.track();
        const std::optional<int> positions = t && t->positions ? t->positions : i.program.positions;
        return positions ? QLocale().toString(*positions) : QString();
    });
    rows.add(tr("Schedule"), [](const CompareItem &i) {
        const Track *t = i.track();
        return t && !t->scheduleModel.isEmpty() ? t->scheduleModel : i.program.scheduleModel;
    });
    rows.add(tr("Ambulatory share"), [](const CompareItem &i) {
        const Track *t = i.track();
        return DisplayFormat::range(t && !t->ambulatoryShare.isEmpty() ? t->ambulatoryShare
                                                                       : i.program.ambulatoryShare,
                                    DisplayFormat::Unit::Percent);
    });
    rows.add(tr("Ambulatory months"), [](const CompareItem &i) {
        const Track *t = i.track();
        return DisplayFormat::range(
            t && !t->ambulatoryMonths.isEmpty() ? t->ambulatoryMonths : i.program.ambulatoryMonths,
            DisplayFormat::Unit::Months);
    });
    sections.append({tr("Overview"), rows.take()});

    // No sites recorded is not "0 sites": the cell stays empty (shown as "—").
    rows.add(tr("Number of sites"), [](const CompareItem &i) {
        const qsizetype count = sitesOf(i).size();
        return count > 0 ? QLocale().toString(count) : QString();
    });
    rows.add(tr("Sites"), [](const CompareItem &i) {
        QStringList lines;
        for (const ContinuitySite *site : sitesOf(i))
            lines.append(site->name);
        return lines.join(u'\n');
    });
    rows.add(tr("Residents placed"), [](const CompareItem &i) {
        QStringList lines;
        for (const ContinuitySite *site : sitesOf(i)) {
            if (!site->residentsPlaced.text.isEmpty())
                lines.append((site->shortName.isEmpty() ? site->name : site->shortName)
                             + QStringLiteral(": ")
                             + DisplayFormat::residentsPlaced(site->residentsPlaced));
        }
        return lines.join(u'\n');
    });
    rows.add(tr("Distance from campus"), [](const CompareItem &i) {
        std::optional<double> nearest;
        std::optional<double> farthest;
        for (const ContinuitySite *site : sitesOf(i)) {
            if (!site->distanceMiles)
                continue;
            nearest = std::min(nearest.value_or(*site->distanceMiles), *site->distanceMiles);
            farthest = std::max(farthest.value_or(*site->distanceMiles), *site->distanceMiles);
        }
        return DisplayFormat::range({nearest, farthest}, DisplayFormat::Unit::Miles);
    });
    rows.add(tr("Languages"), [](const CompareItem &i) {
        QStringList languages;
        for (const ContinuitySite *site : sitesOf(i)) {
            for (const SiteLanguage &language : site->languages) {
                if (!languages.contains(language.language, Qt::CaseInsensitive))
                    languages.append(language.language);
            }
        }
        std::sort(languages.begin(), languages.end());
        return languages.join(QStringLiteral(", "));
    });
    sections.append({tr("Continuity sites"), rows.take()});

    for (const QString &category : FeatureCategory::ids()) {
        rows.add(FeatureCategory::displayName(category), [&](const CompareItem &i) {
            QStringList lines;
            for (const CurriculumFeature *feature : featuresOf(i)) {
                if (feature->category != category)
                    continue;
                QString line = feature->name;
                if (!feature->duration.isEmpty())
                    line += QStringLiteral(" (") + feature->duration + QStringLiteral(")");
                lines.append(line);
            }
            return lines.join(u'\n');
        });
    }
    sections.append({tr("Curriculum"), rows.take()});
    sections.removeIf([](const CompareSection &section) { return section.rows.isEmpty(); });
    return sections;
}

Result<QList<CompareSection>> Comparison::build(Database &db, const QList<CompareItem> &items,
                                                const QList<const CompareRowProvider *> &providers)
{
    QList<CompareSection> sections = facts(items);
    for (const CompareRowProvider *provider : providers) {
        auto more = provider->sections(db, items);
        if (!more)
            return more.error();
        sections += *more;
    }
    return sections;
}

Result<QList<CompareSection>> NoteRowProvider::sections(Database &db,
                                                        const QList<CompareItem> &items) const
{
    NoteRepository repository(db);
    CompareRow own {tr("Your notes"), {}, false};
    CompareRow peers {tr("Classmates’ notes"), {}, false};
    for (const CompareItem &item : items) {
        auto notes = repository.notesForProgram(item.program.key);
        if (!notes)
            return notes.error();
        // A track's column shows the notes on the track and on its program;
        // a program's column shows every note on the program and its parts.
        QMap<QString, QString> labels;
        labels.insert(item.program.key, item.program.name);
        for (const Track &track : item.program.tracks)
            labels.insert(track.key, tr("%1 track").arg(track.name));
        for (const ContinuitySite &site : item.program.sites)
            labels.insert(site.key, site.name);
        CompareCell mine;
        CompareCell theirs;
        for (const Note &note : *notes) {
            if (!item.trackKey.isEmpty() && note.target.key != item.trackKey
                && note.target.key != item.program.key)
                continue;
            CompareCell &cell = note.isOwn() ? mine : theirs;
            QString heading;
            if (!note.isOwn())
                heading = note.author;
            if (note.target.key != item.key())
                heading += (heading.isEmpty() ? QString() : QStringLiteral(" · "))
                    + tr("on %1").arg(labels.value(note.target.key, note.target.key));
            if (!heading.isEmpty())
                cell.html += QStringLiteral("<p><i>%1</i></p>").arg(heading.toHtmlEscaped());
            cell.html += LightMarkdown::toHtml(note.body);
            cell.text += (cell.text.isEmpty() ? QString() : QStringLiteral("\n\n"))
                + (heading.isEmpty() ? QString() : heading + u'\n') + note.body;
        }
        own.cells.append(mine);
        peers.cells.append(theirs);
    }
    CompareSection section {tr("Notes"), {}};
    section.rows.append(own);
    if (!peers.allEmpty())
        section.rows.append(peers);
    return QList<CompareSection> {section};
}

} // namespace rw
