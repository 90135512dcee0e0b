#include "util/keys.h"

#include <QRegularExpression>

namespace rw::Keys {

namespace {
const QString slugPattern = QStringLiteral("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
} // namespace

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(slugPattern));
    return re.match(slug).hasMatch();
}

bool isValidProgramKey(const QString &key)
{
    return isValidSlug(key);
}

bool isValidTrackKey(const QString &key)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(slugPattern + QStringLiteral("\\.") + slugPattern));
    return re.match(key).hasMatch();
}

bool isValidSiteKey(const QString &key)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(slugPattern + QStringLiteral("@") + slugPattern));
    return re.match(key).hasMatch();
}

bool isValidFeatureKey(const QString &key)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(slugPattern + QStringLiteral("#") + slugPattern));
    return re.match(key).hasMatch();
}

bool isUserKey(const QString &key)
{
    return key.startsWith(userPrefix());
}

QString slugify(const QString &text, int maxLength)
{
    // Fold accents (é -> e) by decomposing and keeping base letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !slug.isEmpty())
                slug.append(u'-');
            pendingDash = false;
            slug.append(c);
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
        if (slug.size() >= maxLength)
            break;
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("item") : slug;
}

QString trackKey(const QString &programKey, const QString &slug)
{
    return programKey + u'.' + slug;
}

QString siteKey(const QString &programKey, const QString &slug)
{
    return programKey + u'@' + slug;
}

QString featureKey(const QString &programKey, const QString &slug)
{
    return programKey + u'#' + slug;
}

QString programOf(const QString &key)
{
    const qsizetype cut = key.indexOf(QRegularExpression(QStringLiteral("[.@#]")));
    return cut < 0 ? key : key.left(cut);
}

} // namespace rw::Keys
