#pragma once

#include <QString>

namespace rw::InertText {

// Text from someone else (a classmate's note file) is shown exactly as the
// characters it holds, never as instructions to the renderer: control
// characters become visible pictures (␇) and bidirectional formatting
// characters (U+202E RIGHT-TO-LEFT OVERRIDE and friends) become visible
// tags (⟦U+202E⟧), so they cannot reorder or hide the text around them.

// True for characters that would act on the display instead of showing:
// C0/C1 controls, DEL, bidi embeddings, overrides, isolates and marks,
// line and paragraph separators.
bool isActiveCharacter(char32_t c);
bool hasActiveCharacters(const QString &text);

// For multi-line views: keeps line breaks and tabs, makes everything else
// that is active visible.
QString visible(const QString &text);
// For one line (a table cell, a label): also shows line breaks as ⏎.
QString visibleLine(const QString &text);
// The first line of visible text, at most `maxLength` characters with an
// ellipsis when cut.
QString excerpt(const QString &text, int maxLength = 120);

// Wraps already-visible text in FIRST STRONG ISOLATE ... POP DIRECTIONAL
// ISOLATE so right-to-left text inside cannot move the text around it when
// it is placed into a sentence.
QString isolate(const QString &text);

// A name for display and storage: active characters removed, white space
// collapsed, trimmed, at most maxLength characters.
QString cleanName(const QString &text, int maxLength = 100);

} // namespace rw::InertText
