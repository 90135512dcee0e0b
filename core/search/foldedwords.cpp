#include "search/foldedwords.h"

#include "search/programindex.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace rw {

namespace {

// Words collected since the last compaction may at most double the buffer
// (plus this much) before it is sorted and deduplicated again, so building a
// program's words never holds much more than the words themselves.
constexpr qsizetype kSlack = 4096;

std::vector<std::string_view> splitLines(const QByteArray &text)
{
    std::vector<std::string_view> words;
    const std::string_view all(text.constData(), size_t(text.size()));
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        if (end > start)
            words.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

} // namespace

void FoldedWords::add(const QString &text)
{
    if (text.isEmpty())
        return;
    QString folded = ProgramIndex::fold(text);
    // Terms are split on white space (ProgramIndex::terms), so words are too.
    for (QChar &c : folded) {
        if (c.isSpace())
            c = u'\n';
    }
    m_words += folded.toUtf8();
    m_words += '\n';
    if (m_words.size() > 2 * m_compacted + kSlack)
        compact();
}

void FoldedWords::compact()
{
    std::vector<std::string_view> words = splitLines(m_words);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    QByteArray compacted;
    qsizetype size = 0;
    for (std::string_view word : words)
        size += qsizetype(word.size()) + 1;
    compacted.reserve(size);
    for (std::string_view word : words) {
        compacted.append(word.data(), qsizetype(word.size()));
        compacted.append('\n');
    }
    m_words = std::move(compacted);
    m_compacted = m_words.size();
}

QByteArray FoldedWords::take(const QByteArray &known)
{
    compact();
    QByteArray words = std::move(m_words);
    m_words = {};
    m_compacted = 0;
    if (known.isEmpty() || words.isEmpty()) {
        words.squeeze();
        return words;
    }
    const std::vector<std::string_view> knownWords = splitLines(known);
    QByteArray kept;
    for (std::string_view word : splitLines(words)) {
        if (std::binary_search(knownWords.cbegin(), knownWords.cend(), word))
            continue;
        kept.append(word.data(), qsizetype(word.size()));
        kept.append('\n');
    }
    kept.squeeze();
    return kept;
}

} // namespace rw
