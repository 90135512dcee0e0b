#include "search/programindex.h"

#include "model/curriculumfeature.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>

namespace rw {

QString ProgramIndex::fold(const QString &text)
{
    bool plainAscii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            plainAscii = false;
            break;
        }
    }
    if (plainAscii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

QStringList ProgramIndex::terms(const QString &query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return fold(query).split(space, Qt::SkipEmptyParts);
}

quint32 ProgramIndex::categoryBit(const QString &categoryId)
{
    static const QStringList ids = FeatureCategory::ids();
    const qsizetype index = ids.indexOf(categoryId);
    return index < 0 || index >= 32 ? 0u : (1u << index);
}

namespace {

bool contains(const QByteArray &haystack, const QByteArray &needle)
{
    // std::string_view::find skips ahead with memchr on the first byte,
    // which beats the alternatives on this kind of text.
    return std::string_view(haystack.constData(), size_t(haystack.size()))
               .find(std::string_view(needle.constData(), size_t(needle.size())))
        != std::string_view::npos;
}

// True when every old word lies inside one of the new words: then whatever
// the new query matches, the old one matched too.
bool refines(const QStringList &oldTerms, const QStringList &newTerms)
{
    return std::all_of(oldTerms.cbegin(), oldTerms.cend(), [&](const QString &old) {
        return std::any_of(newTerms.cbegin(), newTerms.cend(),
                           [&](const QString &word) { return word.contains(old); });
    });
}

} // namespace

ProgramIndex::Matches ProgramIndex::match(const QString &query, const SearchFacets &facets,
                                          const Matches *previous) const
{
    Matches matches;
    const QStringList words = terms(query);
    if (words.isEmpty() && facets.isEmpty()) {
        matches.programCount = int(m_entries.size());
        for (const ProgramEntry &entry : m_entries)
            matches.trackCount += int(entry.tracks.size());
        return matches;
    }
    matches.all = false;
    matches.terms = words;
    matches.facets = facets;
    matches.programs.resize(m_entries.size());
    matches.tracks.resize(m_entries.size());
    const bool narrow = previous && !previous->all && previous->narrowable
        && previous->programs.size() == m_entries.size() && previous->facets == facets
        && refines(previous->terms, words);
    QList<QByteArray> needles;
    for (const QString &word : words)
        needles.append(word.toUtf8());
    const quint32 categoryBit =
        facets.category.isEmpty() ? 0u : ProgramIndex::categoryBit(facets.category);
    const bool trackFacets = facets.trackType.has_value() || categoryBit != 0;
    QList<bool> inProgram(words.size());

    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const ProgramEntry &entry = m_entries.at(row);
        QList<bool> &trackMatches = matches.tracks[row];
        trackMatches.resize(entry.tracks.size());
        if (narrow && !previous->programs.at(row))
            continue;
        if (!facets.state.isEmpty() && entry.state.compare(facets.state, Qt::CaseInsensitive) != 0)
            continue;
        bool allInProgram = true;
        for (qsizetype w = 0; w < needles.size(); ++w) {
            inProgram[w] = contains(entry.text, needles.at(w));
            allInProgram = allInProgram && inProgram[w];
        }
        bool any = false;
        for (qsizetype t = 0; t < entry.tracks.size(); ++t) {
            const TrackEntry &track = entry.tracks.at(t);
            if (narrow && !previous->tracks.at(row).value(t))
                continue;
            if (facets.trackType && track.type != *facets.trackType)
                continue;
            if (categoryBit && !((entry.categories | track.categories) & categoryBit))
                continue;
            bool ok = true;
            for (qsizetype w = 0; ok && w < needles.size(); ++w)
                ok = inProgram.at(w) || contains(track.text, needles.at(w));
            if (ok) {
                trackMatches[t] = true;
                ++matches.trackCount;
                any = true;
            }
        }
        // A program without tracks can still be found by its own text.
        if (!any && entry.tracks.isEmpty() && !trackFacets && allInProgram)
            any = true;
        if (any) {
            matches.programs[row] = true;
            ++matches.programCount;
        }
    }
    return matches;
}

QStringList ProgramIndex::states() const
{
    QSet<QString> seen;
    QStringList states;
    for (const ProgramEntry &entry : m_entries) {
        const QString state = entry.state.trimmed();
        if (!state.isEmpty() && !seen.contains(state.toUpper())) {
            seen.insert(state.toUpper());
            states.append(state);
        }
    }
    std::sort(states.begin(), states.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return states;
}

QStringList ProgramIndex::categories() const
{
    quint32 present = 0;
    for (const ProgramEntry &entry : m_entries) {
        present |= entry.categories;
        for (const TrackEntry &track : entry.tracks)
            present |= track.categories;
    }
    QStringList ids;
    for (const QString &id : FeatureCategory::ids()) {
        if (present & categoryBit(id))
            ids.append(id);
    }
    return ids;
}

} // namespace rw
