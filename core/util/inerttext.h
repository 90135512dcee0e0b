#pragma once

#include <QString>

namespace rw {

// Text from someone else, made inert for display: control characters become
// visible Unicode control pictures (␛), and the invisible bidirectional
// formatting characters that could reorder the surrounding text (such as
// U+202E RIGHT-TO-LEFT OVERRIDE) are shown as [U+202E]. With `keepLineBreaks`
// line feeds and tabs are kept and carriage returns dropped.
QString inertText(const QString &text, bool keepLineBreaks = true);

} // namespace rw
