#pragma once

#include <QString>

namespace rw::LightMarkdown {

// Renders the light Markdown a student types in a note (headings with #,
// lists with - * + or 1., **bold**, *italics*, `code`, --- rules) as an HTML
// fragment for a rich-text view. The text is escaped before any markup is
// added, so nothing the user typed is ever read as HTML: "<b>" shows as
// "<b>", links are plain text.
QString toHtml(const QString &text);

// The first line with content, without Markdown markers, for list titles.
QString firstLine(const QString &text, int maxLength = 80);

} // namespace rw::LightMarkdown
