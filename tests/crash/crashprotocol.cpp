#include "crashprotocol.h"

#include <QRegularExpression>

namespace rw::crash {

namespace {

QString filler(const QString &token, int version)
{
    const QString unit = token + u':' + QString::number(version) + u';';
    QString text;
    while (text.size() < 160)
        text += unit;
    return text;
}

} // namespace

QString noteBody(const QString &token, int version)
{
    return QStringLiteral("crash-note %1 v%2 %3")
        .arg(token)
        .arg(version)
        .arg(filler(token, version));
}

bool parseNoteBody(const QString &body, QString *token, int *version)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^crash-note (\S+) v(\d+) (.*)$)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(body);
    if (!match.hasMatch())
        return false;
    *token = match.captured(1);
    *version = match.captured(2).toInt();
    return match.captured(3) == filler(*token, *version);
}

QString typedText()
{
    static const QString text = [] {
        const QString words = QStringLiteral(
            "Interview day at the clinic: residents seemed happy, continuity panel is large, "
            "the Chelsea site has strong Spanish-language care and an on-site pharmacy. ");
        QString all;
        while (all.size() < 6000)
            all += words;
        return all;
    }();
    return text;
}

} // namespace rw::crash
