#pragma once

#include <QByteArray>
#include <QString>

namespace rw {

// The distinct words of some text, folded like ProgramIndex::fold() and kept
// as UTF-8, one per line. A filter term never contains white space, so it
// occurs in a text exactly when it occurs in one of the text's words:
// keeping each word once finds the same rows while holding and scanning far
// fewer bytes (a program's sites, curriculum and notes repeat the same words
// over and over).
class FoldedWords
{
public:
    // Folds `text` and adds its words.
    void add(const QString &text);
    bool isEmpty() const { return m_words.isEmpty(); }

    // The distinct words, sorted, one per line, leaving out those in `known`
    // (another take() result: a track's words that its program already has
    // add nothing to what the track matches). Empties this.
    QByteArray take(const QByteArray &known = {});

private:
    void compact();

    QByteArray m_words; // '\n'-separated, repeats allowed after m_compacted
    qsizetype m_compacted = 0;
};

} // namespace rw
