#include "SearchMarker.h"

#include "SearchIndex.h"

namespace commdesk {

SearchMarker::SearchMarker(const QString &typed)
    : m_tokens(tokens(typed))
{ }

QString SearchMarker::folded(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString bare;
    bare.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            bare.append(c);
    }
    return bare.toCaseFolded();
}

QList<SearchMarker::Word> SearchMarker::wordsOf(const QString &text)
{
    QList<Word> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append({start, i});
            start = -1;
        }
    }
    return words;
}

QStringList SearchMarker::tokens(const QString &text)
{
    QStringList tokens;
    for (const Word &word : wordsOf(text))
        tokens.append(folded(QStringView(text).sliced(word.start, word.end - word.start)));
    return tokens;
}

bool SearchMarker::matches(QStringView word) const
{
    const QString bare = folded(word);
    return std::any_of(m_tokens.cbegin(), m_tokens.cend(),
                       [&bare](const QString &token) { return bare.startsWith(token); });
}

QString SearchMarker::markedRange(const QString &text, const QList<Word> &words, qsizetype first, qsizetype last) const
{
    QString out;
    qsizetype at = words.at(first).start;
    for (qsizetype i = first; i <= last; ++i) {
        const Word &word = words.at(i);
        out += QStringView(text).sliced(at, word.start - at);
        const QStringView piece = QStringView(text).sliced(word.start, word.end - word.start);
        if (matches(piece))
            out += SearchIndex::kMatchStart + piece.toString() + SearchIndex::kMatchEnd;
        else
            out += piece;
        at = word.end;
    }
    return out;
}

QString SearchMarker::marked(const QString &text) const
{
    const QList<Word> words = wordsOf(text);
    if (words.isEmpty())
        return text;
    return text.first(words.first().start) + markedRange(text, words, 0, words.size() - 1)
        + text.sliced(words.last().end);
}

QString SearchMarker::snippet(const QString &text, int words) const
{
    const QList<Word> all = wordsOf(text);
    qsizetype hit = -1;
    for (qsizetype i = 0; i < all.size() && hit < 0; ++i) {
        if (matches(QStringView(text).sliced(all.at(i).start, all.at(i).end - all.at(i).start)))
            hit = i;
    }
    if (hit < 0)
        return {};
    const qsizetype first = std::max<qsizetype>(0, hit - words / 4);
    const qsizetype last = std::min<qsizetype>(all.size() - 1, first + words - 1);
    QString piece = markedRange(text, all, first, last).simplified();
    if (first > 0)
        piece.prepend(QStringLiteral("… "));
    if (last < all.size() - 1)
        piece.append(QStringLiteral(" …"));
    return piece;
}

} // namespace commdesk
