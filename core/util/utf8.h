#pragma once

#include <QByteArrayView>

#include <optional>

namespace rw::Utf8 {

// The offset of the first byte that is not part of well-formed UTF-8
// (overlong forms, surrogates and code points past U+10FFFF included), or
// nothing when the whole input is valid. QString::fromUtf8 would silently
// replace such bytes; untrusted files must be refused instead.
std::optional<qsizetype> firstInvalidByte(QByteArrayView bytes);

} // namespace rw::Utf8
